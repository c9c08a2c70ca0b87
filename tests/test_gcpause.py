"""The collector pause around bulk work: results promoted at once, a program's own freeze kept."""

from __future__ import annotations

import gc

from admin_merge.runtime.gc import frozen_for_fork, gc_paused


class Box:
    def __init__(self, value: object) -> None:
        self.value = value


def test_results_of_a_pause_go_to_the_oldest_generation_and_collection_comes_back() -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with gc_paused():
            assert not gc.isenabled()
            made = [Box(i) for i in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() == 0
        oldest = {id(o) for o in gc.get_objects(generation=2)}
        assert all(id(b) in oldest for b in made)
        young = {id(o) for o in gc.get_objects(generation=0)}
        assert not any(id(b) in young for b in made)
    finally:
        if not was_enabled:
            gc.disable()


def test_a_program_that_froze_objects_keeps_them_frozen() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with gc_paused(), frozen_for_fork():
            [Box(i) for i in range(10)]
        assert gc.get_freeze_count() >= before > 0
    finally:
        gc.unfreeze()
    with frozen_for_fork():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
