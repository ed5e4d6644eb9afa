"""`ReleaseDataset`: a torch `IterableDataset` over released documents for multi-GPU jobs (`pip install
datalab[torch]`). All the logic (order, split over ranks and workers, resume, mixing, receipt) is
`datalab.loader`, plain Python that the tests run without torch; this only asks torch who is reading.

    dataset = ReleaseDataset(Mixture([Stream(pulled_dir)]), seed=17)        # rank and world size from torch.distributed
    for step, batch in enumerate(DataLoader(dataset, batch_size=8, num_workers=2)):
        ...
        checkpoint["data"] = dataset.state_dict(steps=(step + 1) * 8)        # samples this rank consumed
    dataset.load_state_dict(checkpoint["data"])                           # on any world size or worker count
"""

from __future__ import annotations

import torch.distributed as dist
from torch.utils.data import IterableDataset, get_worker_info

from datalab.loader import Loader, Mixture, Stream, receipt


class ReleaseDataset(IterableDataset):
    def __init__(self, mixture: Mixture | Stream, seed: int = 0, rank: int | None = None, world_size: int | None = None,
                 length: int | None = None):
        distributed = dist.is_available() and dist.is_initialized()
        self.rank = rank if rank is not None else dist.get_rank() if distributed else 0
        self.world_size = world_size if world_size is not None else dist.get_world_size() if distributed else 1
        self.loader = Loader(mixture, seed, self.rank, self.world_size, length=length)

    def __iter__(self):
        info = get_worker_info()
        if info is None:
            yield from self.loader
            return
        worker = Loader(self.loader.mixture, self.loader.seed, self.rank, self.world_size, info.id, info.num_workers,
                        self.loader.epoch, self.loader.length)
        worker.position = self.loader.position
        yield from worker

    def state_dict(self, steps: int) -> dict:
        """`steps`: samples this rank consumed since the start or the last resume (DataLoader workers run in
        other processes: the training loop counts)."""
        return self.loader.state_dict(steps)

    def load_state_dict(self, state: dict) -> None:
        self.loader.load_state_dict(state)

    def set_epoch(self, epoch: int) -> None:
        while self.loader.epoch < epoch:
            self.loader.next_epoch()

    def receipt(self, earlier: dict | None = None) -> dict:
        return receipt(self.loader, earlier)
