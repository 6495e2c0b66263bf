"""Reproducible performance runs: `python -m benchmarks [--quick|--full] [--only NAME]`.

Runner modules are benchmarks/bench_*.py (protocol in benchmarks/harness.py); the corpus
generator and the cached 1k/10k/100k-claim stores are in benchmarks/corpus.py.
"""
