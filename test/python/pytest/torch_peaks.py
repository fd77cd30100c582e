"""PyTorch's heap peaks of the training steps of torch_models.CASES, run by
test_torch.py with benchmarks/transformer/alloctrack.so preloaded:

    torch_peaks.py CASE...   ->  {"CASE": {"none": PEAK, "layer": PEAK}}

A step is loss_fn(model(x)) and the gradients of every parameter
(torch.autograd.grad), what ckpt's step computes. "none": autograd as is;
"layer": torch.utils.checkpoint(use_reentrant=False) around each layer
(torch_models.layers). Peaks as alloctrack.Heap measures them: the median
of 3 steps after a warm-up, from the step's start, gradients included,
parameters and input excluded (docs/Interface.md, "Memory").
"""

import json
import sys

import torch
from torch.utils.checkpoint import checkpoint

import torch_models  # noqa: E402
import alloctrack  # noqa: E402  (on sys.path through torch_models)


def step_of(model, x, per_layer):
    params = list(model.parameters())

    def step():
        h = x
        if per_layer:
            for layer in torch_models.layers(model):
                h = checkpoint(layer, h, use_reentrant=False)
        else:
            h = model(h)
        loss = torch_models.loss_fn(h)
        return loss, torch.autograd.grad(loss, params)
    return step


def main(names):
    torch.set_num_threads(1)
    heap = alloctrack.Heap()
    out = {}
    for name in names:
        model, x = torch_models.make(name)
        out[name] = {mode: heap.peaks(step_of(model, x, mode == "layer"))
                     ["peak"] for mode in ("none", "layer")}
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
