"""Imported by the fork server of the dask engine's LocalCluster (pipeline.dask_cluster) before it
forks any worker: the shard code is imported and GiNZA loaded once, in a process with no other
thread, and every worker forked from it starts with the model (its pages shared, not copied)
instead of importing and loading it again (~2 CPU seconds and ~400 MB each). Importing this module
loads the model: nothing but the fork server imports it.
"""
import gc

from pipeline.nlp import load_nlp
from pipeline.shards import run_shard  # noqa: F401  (the stages' modules, imported once)

load_nlp()
gc.freeze()  # the workers' collectors leave the model's objects alone: their pages stay shared
