"""Hand-written text for the demo data, kept as YAML files beside these modules: treatments,
practices and specialties (directory.yaml), physicians, the question topics (topics.yaml and
topics/<key>.yaml), the motivating case, articles, review banks, practice pages and common
phrases. Each module here reads its file once, validated by pydantic models (see `files` and
`types`), and exposes it typed; items refer to one another by name, never by position."""
