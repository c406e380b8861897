"""Hand-written text for the demo data: treatments, practices, physicians, question and
answer banks per topic, reviews. Python data, read by `curbside.demo.loader`."""
