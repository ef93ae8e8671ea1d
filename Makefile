.PHONY: test lint format docs eval

test:
	pytest

lint:
	ruff check .
	ruff format --check .
	mypy

format:
	ruff format .
	ruff check --fix .

eval:
	python scripts/eval_extract.py

docs:
	@ls docs
