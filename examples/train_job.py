#!/usr/bin/env python3
"""A training job's data side, for a model team to adapt: pull a release by name, read it on N ranks in one
global order, checkpoint, resume (on another number of ranks if need be), and keep a receipt of what was read.

    python examples/train_job.py health@v2 --repo /path/to/lab --world-size 4 --steps 50 --state job/state.json
    python examples/train_job.py health@v2 --repo /path/to/lab --world-size 8 --state job/state.json   # resumes

It simulates the ranks in one process (a real job runs one process per GPU and gives its rank; with torch,
`datalab.torch.ReleaseDataset` wraps the same loader for a DataLoader). Mix releases with
`--mix climate@v1=0.3`; keep only some languages with `--language de`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from datalab.loader import Loader, Mixture, Stream, receipt
from datalab.versions import pull


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("release", help="SECTOR@vN")
    ap.add_argument("--repo", default=".", help="the lab's git repository (path or URL)")
    ap.add_argument("--mix", action="append", default=[], metavar="SECTOR@vN=WEIGHT", help="another release and its weight")
    ap.add_argument("--language", action="append", help="only documents in this language (repeatable)")
    ap.add_argument("--world-size", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--steps", type=int, default=None, help="stop after this many steps (a checkpoint is written)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--state", default="job/state.json", help="checkpoint of the data position (and the receipt beside it)")
    ap.add_argument("--data", default="job/data", help="where releases are pulled")
    args = ap.parse_args()

    weights = {args.release: 1.0 - sum(float(m.split("=")[1]) for m in args.mix)}
    weights |= {m.split("=")[0]: float(m.split("=")[1]) for m in args.mix}
    streams = []
    for spec in weights:
        local = Path(args.data) / spec
        if not (local / "release.json").exists():
            pull(spec, local, args.repo)  # every shard checked against the release's manifest
        streams.append(Stream(local, languages=args.language))
    mixture = Mixture(streams, list(weights.values()))

    state_path, receipt_path = Path(args.state), Path(args.state).with_name("receipt.json")
    state = json.loads(state_path.read_text()) if state_path.exists() else None
    loaders = [Loader(mixture, args.seed, rank, args.world_size) for rank in range(args.world_size)]
    for loader in loaders:
        if state:
            loader.load_state_dict(state)
    iterators = [iter(loader) for loader in loaders]
    steps = 0
    while args.steps is None or steps < args.steps:
        batches = [[s for _, s in zip(range(args.batch_size), it)] for it in iterators]
        if not any(batches):
            break
        steps += 1  # here each rank would train on its batch
        print(f"step {steps}: " + ", ".join(f"rank {r} {len(b)} docs" for r, b in enumerate(batches)))
    state = loaders[0].state_dict(steps=loaders[0].steps)  # ranks step together: rank 0's count is everyone's
    state_path.parent.mkdir(parents=True, exist_ok=True)
    state_path.write_text(json.dumps(state, indent=2))
    earlier = json.loads(receipt_path.read_text()) if receipt_path.exists() else None
    receipt_path.write_text(json.dumps(receipt(loaders[0], earlier), indent=2))
    print(f"data position {state['position']} of {state['length']} (epoch {state['epoch']}); receipt: {receipt_path}")


if __name__ == "__main__":
    main()
