"""Benchmarks, run with `make bench` (bench/run.py)."""
