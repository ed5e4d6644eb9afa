import itertools
import random

import numpy as np
import pyarrow as pa

from conftest import count_records, read_dir, records_out, write_jsonl
from datalab.config import DedupConfig, Params
from datalab.curate import curate
from datalab.stages.dedup import (
    Decision, DocSig, band_hashes, components, decide_component, exact_key, lsh_bands, normalise, shingles,
    signature, similarity,
)
from datalab.stages.dedup.decisions import cluster_id
from datalab.stages.dedup.minhash import batch_signatures, fold_ngram, unit_hash

CFG = DedupConfig()
BASE = ("The automatic weather station recorded heavy precipitation overnight with strong gusts from the "
        "north west and the river gauge rose above the warning level before noon while the road to the "
        "valley was closed for several hours and local crews cleared fallen trees near the bridge.")


def test_normalise_is_fair_to_greek_cyrillic_and_accents():
    assert normalise("  ΟΔΗΓΊΑ,  Σταθμός!  ") == "οδηγία σταθμόσ"  # casefold also unifies final sigma
    assert normalise("Пациентът — ИЗПИСАН.") == "пациентът изписан"
    assert exact_key("Überweisung: 12 500,00 EUR.") == exact_key("überweisung 12 500 00 eur")


def test_shingles_and_signature_follow_the_parameters():
    assert shingles("a b c", CFG) == {b"a b c"}
    assert len(shingles("one two three four five six", CFG)) == 2
    assert len(shingles("abcdef", DedupConfig(shingle="char", ngram=3))) == 4
    sig = signature(BASE, CFG)
    assert sig.shape == (128,) and np.array_equal(sig, signature(BASE, CFG))
    bands, rows = lsh_bands(CFG)
    hashes = band_hashes(np.vstack([sig, sig, signature(BASE + " Update follows.", CFG)]), bands, rows)
    assert bands * rows <= 128 and hashes.shape == (3, bands) and len(set(hashes[0])) == bands
    assert (hashes[0] == hashes[1]).all() and 0 < (hashes[0] == hashes[2]).sum() < bands


def test_batch_signatures_equal_datasketch_minhash():
    """The compiled pass gives, document by document, the normalised text of `normalise`, the shingle
    hashes of `shingles()` and what datasketch computes from them (texts of every length and script,
    compatibility characters, both shingle kinds, another seed)."""
    from datasketch import MinHash

    texts = [BASE, "", "one", "two words", "a b c d e", "Σταθμός μέτρησης βροχής, ώρα 06:00", BASE * 3,
             "word " * 40, "Пациентът е изписан в добро общо състояние след лечение.", "Straße ﬁnal … ＡＢＣ",
             "Cafe\u0301 noir, e\u0301te\u0301 — 𝐁𝐨𝐥𝐝 ǅemal İstanbul", "snake_case__and-kebab 42_7"]
    for cfg in (CFG, DedupConfig(shingle="char", ngram=4, num_perm=64, seed=7)):
        signed = batch_signatures(pa.array(texts), cfg)
        assert signed.norms.to_pylist() == [normalise(t) for t in texts]
        assert signed.lengths.tolist() == [len(normalise(t)) for t in texts]
        ends = np.append(signed.starts[1:], signed.hashes.size)
        for i, text in enumerate(texts):
            norm = normalise(text)
            def units(shingle: str) -> list[str]:  # the empty text has no unit: its one shingle hashes to 0
                return [] if not norm else shingle.split(" ") if cfg.shingle == "word" else list(shingle)

            expected = {fold_ngram(map(unit_hash, units(sh.decode()))) for sh in shingles(norm, cfg, normalised=True)}
            assert len(expected) == len(shingles(norm, cfg, normalised=True))
            assert sorted(expected) == signed.hashes[signed.starts[i]:ends[i]].tolist()
            mh = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, hashfunc=int)
            mh.update_batch(sorted(expected))
            assert np.array_equal(signed.sigs[i], mh.hashvalues)


def test_similarity_estimates_jaccard():
    variant = BASE.replace("several hours", "two hours")
    a, b = shingles(BASE, CFG), shingles(variant, CFG)
    true = len(a & b) / len(a | b)
    est = similarity(signature(BASE, CFG), signature(variant, CFG))
    assert abs(est - true) < 0.15


def test_components_and_representative_rule():
    assert components([("a", "b"), ("c", "d"), ("b", "c"), ("x", "y")]) == {
        "a": "a", "b": "a", "c": "a", "d": "a", "x": "x", "y": "x"}
    sig = signature(BASE, CFG).tobytes()
    short = DocSig("f.jsonl#1", 1, "s", 50, "e1", sig)
    long_ = DocSig("f.jsonl#9", 9, "l", 80, "e2", sig)
    copy = DocSig("g.jsonl#2", (1 << 40) | 2, "c", 80, "e2", sig)  # same length, later file: not the representative
    cid = cluster_id(long_)
    expected = {9: Decision(True, cid, 3),  # longest, and of the two longest the earlier ingested
                copy.node: Decision(False, cid, 3, "exact_duplicate", "l", 1.0, "exact"),
                1: Decision(False, cid, 3, "near_duplicate", "l", 1.0, "estimated")}
    for group in itertools.permutations([copy, short, long_]):  # the input order decides nothing
        assert decide_component(list(group), 0.8) == expected


def test_chains_do_not_remove_documents_that_resemble_no_kept_one():
    """A ~ B and B ~ C but A !~ C: B goes (a copy of A), C stays: it resembles nothing that is kept."""
    cfg = DedupConfig()
    w = [f"word{i}" for i in range(100)]
    a = " ".join(w)
    b = " ".join(w[:20] + ["x1", "x2", "x3", "x4"] + w[24:])  # four words changed near the start
    c = " ".join(w[:20] + ["x1", "x2", "x3", "x4"] + w[24:70] + ["y1", "y2", "y3", "y4"] + w[74:])  # and near the end
    sig = {k: signature(t, cfg).tobytes() for k, t in (("a", a), ("b", b), ("c", c))}
    docs = {k: DocSig(f"f.jsonl#{i}", i, k, 100, k, sig[k]) for i, k in enumerate("abc")}
    sim = lambda x, y: similarity(signature(x, cfg), signature(y, cfg))  # noqa: E731
    assert sim(a, b) >= 0.8 and sim(b, c) >= 0.8 and sim(a, c) < 0.8
    out = decide_component(list(docs.values()), 0.8)
    assert out[0].keep and not out[1].keep and out[2].keep
    assert out[1].duplicate_of == "a"


def test_dedup_in_a_beam_pipeline_keeps_one_per_cluster(tmp_path):
    other = ("Quarterly loan review: the borrower's debt service coverage ratio improved to 1.4 and the "
             "collateral valuation was confirmed by an independent appraiser at the end of the period.")
    write_jsonl(tmp_path / "in" / "a.jsonl", [
        {"id": "orig", "text": BASE},
        {"id": "copy", "text": BASE},
        {"id": "spaces", "text": "  " + BASE.replace(" ", "  ").upper() + " "},
        {"id": "edit", "text": BASE + " Update follows."},
        {"id": "other", "text": other},
    ])
    manifest = curate([tmp_path / "in"], tmp_path / "out", sector="climate", stages="dedup")
    docs, ledger = read_dir(tmp_path / "out" / "documents"), read_dir(tmp_path / "out" / "rejected")
    kept = docs.column("id").to_pylist()
    assert sorted(kept) == ["edit", "other"]  # "edit" has the longest normalised text of its cluster
    rows = {r["id"]: r for r in ledger.to_pylist()}
    assert {i: rows[i]["reason"] for i in rows} == {"orig": "near_duplicate", "copy": "near_duplicate",
                                                    "spaces": "near_duplicate"}
    assert all(r["duplicate_of"] == "edit" and r["stage"] == "dedup" and 0.8 <= r["similarity"] < 1 for r in rows.values())
    cluster = next(d["dup_cluster"] for d in docs.to_pylist() if d["id"] == "edit")
    assert cluster and all(r["dup_cluster"] == cluster for r in rows.values())
    assert manifest["counts"]["rejected_by_stage"] == {"dedup": {"near_duplicate": 3}}


def test_node_ids_keep_ingest_order_and_refuse_what_the_bit_layout_cannot_hold():
    """file << 40 | locator << 4 | record part: every langid part fits, a locator beyond 2^36 is refused."""
    import pytest

    from datalab.errors import DatalabError
    from datalab.stages.dedup.nodes import FILE_SHIFT, LOCATOR_BITS, PART_BITS, node_ids
    from datalab.stages.langid import MAX_PARTS

    assert MAX_PARTS < 1 << PART_BITS and LOCATOR_BITS + PART_BITS == FILE_SHIFT
    files = {"a.jsonl": 0, "b.jsonl": 1}
    nodes = node_ids(pa.array(["b.jsonl", "a.jsonl", "a.jsonl"]), np.array([1, 2, 2]), np.array([0, 0, MAX_PARTS]), files)
    assert nodes.tolist() == [(1 << 40) | (1 << 4), 2 << 4, (2 << 4) | MAX_PARTS]
    with pytest.raises(DatalabError, match=f"a.jsonl: record {1 << LOCATOR_BITS} part 0 is beyond"):
        node_ids(pa.array(["a.jsonl"]), np.array([1 << LOCATOR_BITS]), np.array([0]), files)


def test_the_package_provides_what_the_stage_registry_calls(tmp_path):
    """build(params, workdir, uris, run_id, reference) gives the composite; dependencies what the manifest lists."""
    from datalab import lineage
    from datalab.stages import get

    module = get("dedup").load()
    stage = module.build(Params(), tmp_path / ".dedup", ["b.jsonl", "a.jsonl"], "run", module.Reference())
    assert isinstance(stage, module.Dedup) and stage.files == {"a.jsonl": 0, "b.jsonl": 1} and stage.config == Params().dedup
    assert module.dependencies(Params()) == lineage.model_files(Params(), ["dedup"])
    assert module.output_schema("signatures", Params()) == module.signature_schema(Params().dedup)


def test_connected_components_in_beam_match_union_find():
    """A long chain (more hops than propagation rounds) and a star, on the DirectRunner."""
    import apache_beam as beam
    from apache_beam.testing.util import assert_that, equal_to

    from datalab.stages.dedup import ConnectedComponents

    chain = [(100 + i, 100 + i + 1) for i in range(12)]  # nodes in any order along the chain
    chain = [(u * 7919 % 113, v * 7919 % 113) for u, v in chain]
    star = [(500, 500 + i) for i in range(1, 5)] + [(504, 499)]
    expected = sorted(components(chain + star).items())
    as_arrays = [tuple(np.array(side, np.int64) for side in zip(*edges)) for edges in (chain, star)]
    with beam.Pipeline() as p:
        got = (p | beam.Create(as_arrays) | ConnectedComponents(rounds=2)
               | beam.FlatMap(lambda kv: zip(kv[1][0].tolist(), kv[1][1].tolist())))
        assert_that(got, equal_to(expected))


def test_estimates_near_the_threshold_are_settled_on_the_exact_shingles():
    sig_a = np.arange(128, dtype=np.uint32)
    sig_b = sig_a.copy()
    sig_b[:19] += 1000  # estimated Jaccard 0.85: above 0.8, but within the exact-check margin
    a = DocSig("f.jsonl#1", 1, "a", 100, "ea", sig_a.tobytes())
    b = DocSig("f.jsonl#2", 2, "b", 90, "eb", sig_b.tobytes())
    assert not decide_component([a, b], 0.8)[2].keep  # on the estimate alone: a duplicate
    shingles = {1: np.arange(10, dtype=np.uint32).tobytes(), 2: np.arange(5, 15, dtype=np.uint32).tobytes()}
    decided = decide_component([a, b], 0.8, shingles)  # exact Jaccard 5/15
    assert decided[1].keep and decided[2].keep


def test_new_data_is_deduplicated_against_the_published_signature_store(tmp_path):
    """Release 1 publishes signatures; a later run on new data drops copies and near copies of published
    documents (even longer ones: the published document stays the representative) without recomputing
    them, writes a cumulative store, and a rerun that curates the old inputs again is an ordinary full run."""
    import pytest

    from datalab.errors import DatalabError

    other = ("Quarterly loan review: the borrower's debt service coverage ratio improved to 1.4 and the "
             "collateral valuation was confirmed by an independent appraiser at the end of the period.")
    fresh = ("Station log: anemometer replaced after the storm, readings resumed at 14:00 and were checked "
             "against the neighbouring station for the rest of the week without any drift being found.")
    write_jsonl(tmp_path / "in1" / "a.jsonl", [{"id": "pub", "text": BASE}, {"id": "other", "text": other}])
    write_jsonl(tmp_path / "in2" / "b.jsonl", [{"id": "copy", "text": BASE.upper()},
                                               {"id": "longer", "text": BASE + " Update follows."},
                                               {"id": "fresh", "text": fresh}])
    first = curate([tmp_path / "in1"], tmp_path / "r1", sector="climate", stages="dedup")
    store1 = read_dir(tmp_path / "r1" / "signatures")
    assert sorted(store1.column("id").to_pylist()) == ["other", "pub"]
    assert set(store1.column("published_run").to_pylist()) == {first["run_id"]}

    second = curate([tmp_path / "in2"], tmp_path / "r2", sector="climate", stages="dedup", reference=[tmp_path / "r1" / "signatures"])
    assert read_dir(tmp_path / "r2" / "documents").column("id").to_pylist() == ["fresh"]
    rows = {r["id"]: r for r in read_dir(tmp_path / "r2" / "rejected").to_pylist()}
    assert {i: (r["reason"], r["duplicate_of"]) for i, r in rows.items()} == {
        "copy": ("exact_duplicate", "pub"), "longer": ("near_duplicate", "pub")}
    assert all(f"published in run {first['run_id']}" in r["detail"] for r in rows.values())
    assert second["dedup_reference"][0]["entries"] == 2
    store2 = {r["id"]: r["published_run"] for r in read_dir(tmp_path / "r2" / "signatures").to_pylist()}
    assert store2 == {"pub": first["run_id"], "other": first["run_id"], "fresh": second["run_id"]}

    # curating everything again against the cumulative store: every entry comes from this run's inputs,
    # so nothing is compared against itself and the result is that of a run without a reference
    both = [tmp_path / "in1", tmp_path / "in2"]
    again = curate(both, tmp_path / "r3", sector="climate", stages="dedup", reference=[tmp_path / "r2" / "signatures"])
    plain = curate(both, tmp_path / "r4", sector="climate", stages="dedup")
    assert again["dedup_reference"][0] == {"path": str(tmp_path / "r2" / "signatures"), "files": 1, "entries": 0, "excluded": 3}
    ids = [sorted(read_dir(tmp_path / r / "documents").column("id").to_pylist()) for r in ("r3", "r4")]
    assert ids[0] == ids[1] == ["fresh", "longer", "other"] and again["counts"] == plain["counts"]
    assert curate(both, tmp_path / "r3", sector="climate", stages="dedup", reference=[tmp_path / "r2" / "signatures"])["run_id"] == again["run_id"]

    with pytest.raises(DatalabError, match="part-00000.parquet: signatures made with dedup parameters"):
        curate([tmp_path / "in2"], tmp_path / "r5", sector="climate", stages="dedup", reference=[tmp_path / "r1" / "signatures"],
               params=Params(dedup=DedupConfig(num_perm=64)))


def test_every_document_dedup_sees_gets_its_dedup_stats(tmp_path):
    """stats.dedup: cluster and cluster_size (published members counted) for members of a component,
    duplicate_of and similarity for the dropped ones, equal to the ledger's columns; a document outside
    every cluster has the struct with null fields, not a null struct."""
    other = ("Quarterly loan review: the borrower's debt service coverage ratio improved to 1.4 and the "
             "collateral valuation was confirmed by an independent appraiser at the end of the period.")
    fresh = ("Station log: anemometer replaced after the storm, readings resumed at 14:00 and were checked "
             "against the neighbouring station for the rest of the week without any drift being found.")
    write_jsonl(tmp_path / "in1" / "a.jsonl", [{"id": "pub", "text": BASE}])
    write_jsonl(tmp_path / "in2" / "b.jsonl", [{"id": "copy", "text": BASE.upper()},
                                               {"id": "longer", "text": BASE + " Update follows."},
                                               {"id": "fresh", "text": fresh}, {"id": "fresh-again", "text": fresh.upper()},
                                               {"id": "other", "text": other}])
    curate([tmp_path / "in1"], tmp_path / "r1", sector="climate", stages="dedup")
    curate([tmp_path / "in2"], tmp_path / "r2", sector="climate", stages="dedup", reference=[tmp_path / "r1" / "signatures"])
    docs = {d["id"]: d for d in read_dir(tmp_path / "r2" / "documents").to_pylist()}
    rows = {r["id"]: r for r in read_dir(tmp_path / "r2" / "rejected").to_pylist()}
    assert sorted(docs) == ["fresh", "other"] and sorted(rows) == ["copy", "fresh-again", "longer"]
    assert {i: (r["duplicate_of"], r["similarity"]) for i, r in rows.items()} == {
        "copy": ("pub", 1.0), "fresh-again": ("fresh", 1.0), "longer": ("pub", rows["longer"]["similarity"])}
    assert 0.8 <= rows["longer"]["similarity"] < 1
    sizes = {"copy": 3, "longer": 3, "fresh-again": 2}  # {pub, copy, longer}: the published document counts
    for i, r in rows.items():
        assert r["stats"]["dedup"] == {"cluster": r["dup_cluster"], "cluster_size": sizes[i],
                                       "duplicate_of": r["duplicate_of"], "similarity": r["similarity"]}
    assert rows["copy"]["dup_cluster"] == rows["longer"]["dup_cluster"] != rows["fresh-again"]["dup_cluster"]
    assert docs["fresh"]["stats"]["dedup"] == {"cluster": rows["fresh-again"]["dup_cluster"], "cluster_size": 2,
                                               "duplicate_of": None, "similarity": None}
    assert docs["other"]["dup_cluster"] is None
    assert docs["other"]["stats"]["dedup"] == {"cluster": None, "cluster_size": None, "duplicate_of": None, "similarity": None}


def test_a_signature_store_written_before_split_parts_is_still_a_reference(tmp_path):
    """Stores of releases made before the `part` column existed lack it; they are read as whole records."""
    import pyarrow.parquet as pq

    write_jsonl(tmp_path / "in1" / "a.jsonl", [{"id": "pub", "text": BASE}])
    write_jsonl(tmp_path / "in2" / "b.jsonl", [{"id": "copy", "text": BASE.upper()}])
    curate([tmp_path / "in1"], tmp_path / "r1", sector="climate", stages="dedup")
    for shard in (tmp_path / "r1" / "signatures").glob("part-*.parquet"):
        table = pq.read_table(shard)
        pq.write_table(table.drop_columns(["part"]).replace_schema_metadata(table.schema.metadata), shard)
    curate([tmp_path / "in2"], tmp_path / "r2", sector="climate", stages="dedup", reference=[tmp_path / "r1" / "signatures"])
    rows = read_dir(tmp_path / "r2" / "rejected").to_pylist()
    assert [(r["id"], r["reason"], r["duplicate_of"]) for r in rows] == [("copy", "exact_duplicate", "pub")]


_VOCAB = ("river station gauge rainfall storm valley bridge road crew forecast pressure wind north south east west "
          "morning evening night level warning flood field sensor reading data report council village farm harvest "
          "soil water temperature frost snow cloud summer winter spring autumn coast harbour ship cargo market "
          "price loan bank rate budget school teacher pupil hospital patient nurse doctor clinic ward medicine "
          "train station platform delay engineer signal track repair bus route driver ticket museum library "
          "archive letter record painting garden tree forest path hill mountain lake island ferry festival music "
          "choir concert theatre stage audience review survey census household income family child parent "
          "elderly resident neighbour street square church tower clock bell mill factory worker shift union "
          "contract meeting minutes agenda committee decision vote plan draft budget audit invoice payment").split()
_VERBS = "recorded reported checked confirmed repaired measured announced delayed reviewed approved observed noted".split()


def _document(rng) -> str:
    """A varied multi-sentence text of 110-150 words: its word 5-grams are its own."""
    sentences, count, target = [], 0, rng.randint(110, 150)
    while count < target:
        words = rng.choices(_VOCAB, k=rng.randint(4, 9)) + [rng.choice(_VERBS)] + rng.choices(_VOCAB, k=rng.randint(3, 8))
        sentences.append(" ".join(words).capitalize() + ".")
        count += len(words)
    return " ".join(sentences)


def _edited(text: str, rng) -> str:
    """Two adjacent words of the middle replaced: Jaccard of the word 5-gram sets 0.89 to 0.92."""
    words = text.split(" ")
    at = len(words) // 2
    words[at : at + 2] = [rng.choice(_VERBS), "meanwhile"]
    return " ".join(words)


def test_a_realistic_delivery_against_a_store_of_hundreds_of_entries(tmp_path):
    """Run files of one partition hold signatures of this run and of the reference side by side; with a
    store of hundreds of entries every partition does. Published copies and near copies go to the ledger,
    copies within the delivery are handled as usual, the store is cumulative and a rerun is identical."""
    rng = random.Random(7)
    published = {f"pub-{i:03d}": _document(rng) for i in range(300)}
    write_jsonl(tmp_path / "in1" / "release.jsonl", [{"id": k, "text": t} for k, t in published.items()])
    first = curate([tmp_path / "in1"], tmp_path / "r1", sector="climate", stages="dedup")
    assert read_dir(tmp_path / "r1" / "signatures").num_rows == 300

    near = {f"near-{i}": (f"pub-{i:03d}", _edited(published[f"pub-{i:03d}"], rng)) for i in range(0, 60, 3)}
    copies = {f"copy-{i}": (f"pub-{i:03d}", published[f"pub-{i:03d}"].upper()) for i in range(1, 60, 6)}
    fresh = {f"new-{i:02d}": _document(rng) for i in range(40)}
    within = {"new-copy-00": ("new-00", fresh["new-00"]), "new-copy-01": ("new-01", fresh["new-01"]),
              "new-longer-02": ("new-02", fresh["new-02"] + " Update follows."),
              "new-longer-03": ("new-03", fresh["new-03"] + " Update follows.")}
    assert all(0.88 < len(shingles(t, CFG) & shingles(published[p], CFG)) / len(shingles(t, CFG) | shingles(published[p], CFG))
               for p, t in near.values())
    write_jsonl(tmp_path / "in2" / "delivery.jsonl", [{"id": k, "text": t} for k, t in fresh.items()]
                + [{"id": k, "text": t} for k, (_, t) in {**near, **within}.items()])
    write_jsonl(tmp_path / "in2" / "resent.jsonl", [{"id": k, "text": t} for k, (_, t) in copies.items()])

    def second():
        return curate([tmp_path / "in2"], tmp_path / "r2", sector="climate", stages="dedup", reference=[tmp_path / "r1" / "signatures"])

    manifest = second()
    docs, ledger = read_dir(tmp_path / "r2" / "documents"), read_dir(tmp_path / "r2" / "rejected")
    assert records_out(tmp_path / "r2") == {f.name: count_records(f) for f in (tmp_path / "in2").iterdir()}
    assert manifest["counts"]["records_in"] == len(fresh) + len(near) + len(copies) + len(within) == docs.num_rows + ledger.num_rows
    rows = {r["id"]: r for r in ledger.to_pylist()}
    expected = {k: ("near_duplicate", p) for k, (p, _) in near.items()} | {k: ("exact_duplicate", p) for k, (p, _) in copies.items()}
    expected |= {"new-copy-00": ("exact_duplicate", "new-00"), "new-copy-01": ("exact_duplicate", "new-01"),
                 "new-02": ("near_duplicate", "new-longer-02"), "new-03": ("near_duplicate", "new-longer-03")}
    assert {k: (r["reason"], r["duplicate_of"]) for k, r in rows.items()} == expected
    assert all((f"published in run {first['run_id']}" in rows[k]["detail"]) == (k in near or k in copies) for k in rows)
    assert sorted(docs.column("id").to_pylist()) == sorted(set(fresh) - {"new-02", "new-03"} | {"new-longer-02", "new-longer-03"})
    store = {r["id"]: r["published_run"] for r in read_dir(tmp_path / "r2" / "signatures").to_pylist()}
    assert store == {k: first["run_id"] for k in published} | {k: manifest["run_id"] for k in docs.column("id").to_pylist()}
    assert not list((tmp_path / "r2").glob(".staging-*"))

    shards = {p.relative_to(tmp_path / "r2"): p.read_bytes() for p in (tmp_path / "r2").rglob("*.parquet")}
    assert second()["run_id"] == manifest["run_id"]
    assert {p.relative_to(tmp_path / "r2"): p.read_bytes() for p in (tmp_path / "r2").rglob("*.parquet")} == shards
