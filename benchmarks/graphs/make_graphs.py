#!/usr/bin/env python3
"""Writes the graphs of this folder: training graphs of the networks of
Checkmate's evaluation and seeded random layered DAGs, in the JSON format
ckpt-graph-solve reads (docs/GraphSolve.md).

    make_graphs.py [--out-dir DIR] [--only NAME,NAME,...]

Writes DIR/<name>.json (default: this script's folder) and prints a
Markdown table of each graph's nodes, links, keep-all peak and lower bound.
Deterministic: no network, no clock, its own random number generator, so
the output is the same byte for byte on every machine (the lit test
test/ckpt-graph-solve/graphs-reproducible.test checks the committed files
against it). README.md here says how each graph is built.
"""
import argparse
import json
import os
import sys

F32 = 4  # bytes per element

# Image sizes, batch sizes and classes of Checkmate's experiments (Jain et
# al., MLSys 2020): ImageNet classifiers at 224x224, segmentation networks
# at 416x608 with the 19 evaluation classes of Cityscapes.
CLASSIFIER_HW = (224, 224)
SEGMENTATION_HW = (416, 608)
SEGMENTATION_CLASSES = 19
IMAGENET_CLASSES = 1000


class Net:
    """A network as a list of layers, each with its output shape, forward
    FLOPs and what its derivative reads.

    A layer's inputs are (index, differentiable) pairs; index None is the
    network's input image, which is not a node of the graph (its memory is
    the caller's). `needs_inputs`/`needs_output` say whether the layer's
    backward reads its forward inputs (a weight gradient, a normalization's
    statistics, a max-pooling's argmax) and its own forward output (a fused
    ReLU's mask, a softmax's probabilities, a max-pooling's argmax).
    """

    def __init__(self, name, batch, hw, channels=3):
        self.name, self.batch = name, batch
        self.image = (hw[0], hw[1], channels)
        self.layers = []

    def shape(self, x):
        return self.image if x is None else self.layers[x]["shape"]

    def elements(self, x):
        n = self.batch
        for d in self.shape(x):
            n *= d
        return n

    def add_layer(self, name, inputs, shape, flops, needs_inputs=False,
                  needs_output=False, extra_bytes=0):
        per_image = 1
        for d in shape:
            per_image *= d
        self.layers.append({
            "name": name, "inputs": inputs, "shape": shape,
            "flops": int(flops),
            "bytes": (self.batch * per_image) * F32 + extra_bytes,
            "needs_inputs": needs_inputs, "needs_output": needs_output})
        return len(self.layers) - 1

    # Per-element costs of the elementwise parts, in FLOPs.
    ACT_FLOPS = {None: 0, "relu": 1, "softmax": 5}

    def conv(self, name, x, cout, k, stride=1, act="relu", groups=1):
        """A k x k convolution, 'same' padding, with its activation."""
        h, w, cin = self.shape(x)
        ho, wo = -(-h // stride), -(-w // stride)
        out = self.batch * ho * wo * cout
        flops = 2 * k * k * (cin // groups) * out + self.ACT_FLOPS[act] * out
        return self.add_layer(name, [(x, True)], (ho, wo, cout), flops,
                              needs_inputs=True, needs_output=act is not None)

    def deconv(self, name, x, cout, k, stride, act=None):
        """A transposed convolution that scales the size by `stride`."""
        h, w, cin = self.shape(x)
        ho, wo = h * stride, w * stride
        flops = (2 * k * k * cin * cout * self.batch * h * w +
                 self.ACT_FLOPS[act] * self.batch * ho * wo * cout)
        return self.add_layer(name, [(x, True)], (ho, wo, cout), flops,
                              needs_inputs=True, needs_output=act is not None)

    def dense(self, name, x, units, act="relu"):
        features = 1
        for d in self.shape(x):
            features *= d
        flops = (2 * features * units + self.ACT_FLOPS[act] * units) * \
            self.batch
        return self.add_layer(name, [(x, True)], (units,), flops,
                              needs_inputs=True, needs_output=act is not None)

    def batchnorm(self, name, x, relu=False):
        flops = (4 + relu) * self.elements(x)
        return self.add_layer(name, [(x, True)], self.shape(x), flops,
                              needs_inputs=True, needs_output=relu)

    def maxpool(self, name, x, k=2, stride=2, indices=False):
        """Max pooling; with `indices` its output also holds the argmax as
        32-bit integers, which a max-unpooling reads (SegNet)."""
        h, w, c = self.shape(x)
        ho, wo = -(-h // stride), -(-w // stride)
        out = self.batch * ho * wo * c
        return self.add_layer(name, [(x, True)], (ho, wo, c), k * k * out,
                              needs_inputs=True, needs_output=True,
                              extra_bytes=4 * out if indices else 0)

    def global_avgpool(self, name, x):
        return self.add_layer(name, [(x, True)], (self.shape(x)[2],),
                              self.elements(x))

    def add(self, name, xs, relu=False):
        assert all(self.shape(x) == self.shape(xs[0]) for x in xs)
        flops = (len(xs) - 1 + relu) * self.elements(xs[0])
        return self.add_layer(name, [(x, True) for x in xs], self.shape(xs[0]),
                              flops, needs_output=relu)

    def concat(self, name, xs):
        h, w, _ = self.shape(xs[0])
        assert all(self.shape(x)[:2] == (h, w) for x in xs)
        shape = (h, w, sum(self.shape(x)[2] for x in xs))
        return self.add_layer(name, [(x, True) for x in xs], shape,
                              self.batch * h * w * shape[2])

    def upsample(self, name, x, factor=2):
        h, w, c = self.shape(x)
        shape = (h * factor, w * factor, c)
        return self.add_layer(name, [(x, True)], shape,
                              self.batch * shape[0] * shape[1] * c)

    def unpool(self, name, x, pool):
        """Max-unpooling of x to the size of `pool`'s input at the argmax
        `pool` recorded; no gradient flows into the indices."""
        src = self.layers[pool]["inputs"][0][0]
        h, w, _ = self.shape(src)
        c = self.shape(x)[2]
        assert self.shape(x)[:2] == self.shape(pool)[:2]
        return self.add_layer(name, [(x, True), (pool, False)], (h, w, c),
                              self.batch * h * w * c, needs_inputs=True)


def vgg(name, batch, convs_per_block):
    """Simonyan & Zisserman 2015, configurations D (VGG16) and E (VGG19):
    3x3 convolutions with ReLU in five blocks of 64, 128, 256, 512, 512
    channels, each block ending in a 2x2 max-pooling, then fully connected
    layers of 4096, 4096 and 1000 (softmax). Dropout is left out."""
    net = Net(name, batch, CLASSIFIER_HW)
    x = None
    for b, (n, c) in enumerate(zip(convs_per_block, (64, 128, 256, 512, 512))):
        for i in range(n):
            x = net.conv("block%d_conv%d" % (b + 1, i + 1), x, c, 3)
        x = net.maxpool("block%d_pool" % (b + 1), x)
    x = net.dense("fc1", x, 4096)
    x = net.dense("fc2", x, 4096)
    net.dense("predictions", x, IMAGENET_CLASSES, act="softmax")
    return net


def vgg_encoder(net, blocks):
    """VGG16's convolution blocks (ReLU fused, no normalization); returns
    the output of each block's pooling."""
    x, levels = None, []
    for b, (n, c) in enumerate(zip((2, 2, 3, 3, 3), (64, 128, 256, 512, 512))):
        if b == blocks:
            break
        for i in range(n):
            x = net.conv("block%d_conv%d" % (b + 1, i + 1), x, c, 3)
        x = net.maxpool("block%d_pool" % (b + 1), x)
        levels.append(x)
    return levels


def resnet50(batch):
    """He et al. 2016, 50 layers: a 7x7/2 convolution of 64 channels and a
    3x3/2 max-pooling, then bottleneck blocks (1x1, 3x3, 1x1 convolutions,
    each with batch normalization, ReLU after the first two and after the
    residual addition) in stages of 3, 4, 6, 3 blocks of widths 64, 128,
    256, 512 and 4 times as many output channels; the first block of a
    stage has a projection shortcut (1x1 convolution and batch
    normalization) and, from the second stage on, stride 2 in its first
    1x1 convolution. Global average pooling and a 1000-way softmax layer
    close it."""
    net = Net("resnet50", batch, CLASSIFIER_HW)
    x = net.conv("conv1", None, 64, 7, stride=2, act=None)
    x = net.batchnorm("conv1_bn", x, relu=True)
    x = net.maxpool("pool1", x, k=3, stride=2)
    for s, (blocks, width) in enumerate(zip((3, 4, 6, 3),
                                            (64, 128, 256, 512))):
        for b in range(blocks):
            p = "conv%d_block%d_" % (s + 2, b + 1)
            stride = 2 if b == 0 and s > 0 else 1
            shortcut = x
            if b == 0:
                shortcut = net.conv(p + "0_conv", x, 4 * width, 1,
                                    stride=stride, act=None)
                shortcut = net.batchnorm(p + "0_bn", shortcut)
            y = net.conv(p + "1_conv", x, width, 1, stride=stride, act=None)
            y = net.batchnorm(p + "1_bn", y, relu=True)
            y = net.conv(p + "2_conv", y, width, 3, act=None)
            y = net.batchnorm(p + "2_bn", y, relu=True)
            y = net.conv(p + "3_conv", y, 4 * width, 1, act=None)
            y = net.batchnorm(p + "3_bn", y)
            x = net.add(p + "add", [shortcut, y], relu=True)
    x = net.global_avgpool("avg_pool", x)
    net.dense("predictions", x, IMAGENET_CLASSES, act="softmax")
    return net


def mobilenet(batch):
    """Howard et al. 2017 (MobileNet v1, width 1): a 3x3/2 convolution of
    32 channels, then 13 depthwise-separable blocks (3x3 depthwise
    convolution, batch normalization and ReLU, 1x1 convolution, batch
    normalization and ReLU) of 64, 128, 128, 256, 256, 512, 5 x 512, 1024,
    1024 channels, stride 2 in the depthwise convolutions of the 2nd, 4th,
    6th and 12th; global average pooling and a 1000-way softmax layer."""
    net = Net("mobilenet", batch, CLASSIFIER_HW)
    x = net.conv("conv1", None, 32, 3, stride=2, act=None)
    x = net.batchnorm("conv1_bn", x, relu=True)
    blocks = [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2)] + \
        [(512, 1)] * 5 + [(1024, 2), (1024, 1)]
    for i, (c, stride) in enumerate(blocks):
        cin = net.shape(x)[2]
        x = net.conv("conv_dw_%d" % (i + 1), x, cin, 3, stride=stride,
                     act=None, groups=cin)
        x = net.batchnorm("conv_dw_%d_bn" % (i + 1), x, relu=True)
        x = net.conv("conv_pw_%d" % (i + 1), x, c, 1, act=None)
        x = net.batchnorm("conv_pw_%d_bn" % (i + 1), x, relu=True)
    x = net.global_avgpool("avg_pool", x)
    net.dense("predictions", x, IMAGENET_CLASSES, act="softmax")
    return net


def unet(batch):
    """The U-Net of Checkmate's evaluation (vgg_unet): VGG16's first four
    convolution blocks as the encoder, then a decoder that, from the 1/16
    scale, applies a 3x3 convolution (ReLU) and batch normalization,
    upsamples by 2 and concatenates the encoder's output of that scale,
    three times (512, 256, 128 channels), then a 3x3 convolution of 64
    channels with batch normalization and a 3x3 convolution to the classes
    with a per-pixel softmax, at half the input resolution."""
    net = Net("unet", batch, SEGMENTATION_HW)
    f1, f2, f3, f4 = vgg_encoder(net, 4)
    x = f4
    for i, (c, skip) in enumerate(((512, f3), (256, f2), (128, f1))):
        x = net.conv("dec%d_conv" % (i + 1), x, c, 3)
        x = net.batchnorm("dec%d_bn" % (i + 1), x)
        x = net.upsample("dec%d_up" % (i + 1), x)
        x = net.concat("dec%d_concat" % (i + 1), [x, skip])
    x = net.conv("dec4_conv", x, 64, 3)
    x = net.batchnorm("dec4_bn", x)
    net.conv("classes", x, SEGMENTATION_CLASSES, 3, act="softmax")
    return net


def fcn8(batch):
    """Long et al. 2015, FCN-8s on VGG16: VGG16's convolution blocks, fc6
    and fc7 as 7x7 and 1x1 convolutions of 4096 channels (ReLU; dropout
    left out), a 1x1 class scoring layer, upsampled by 2 (transposed 4x4
    convolution) and added to the class scores of pool4, upsampled by 2
    again and added to those of pool3, then upsampled by 8 (transposed 16x16
    convolution) to the input resolution with a per-pixel softmax. 'Same'
    padding throughout, so no cropping is needed."""
    net = Net("fcn8", batch, SEGMENTATION_HW)
    _, _, pool3, pool4, pool5 = vgg_encoder(net, 5)
    x = net.conv("fc6", pool5, 4096, 7)
    x = net.conv("fc7", x, 4096, 1)
    x = net.conv("score_fr", x, SEGMENTATION_CLASSES, 1, act=None)
    x = net.deconv("upscore2", x, SEGMENTATION_CLASSES, 4, 2)
    s4 = net.conv("score_pool4", pool4, SEGMENTATION_CLASSES, 1, act=None)
    x = net.add("fuse_pool4", [x, s4])
    x = net.deconv("upscore_pool4", x, SEGMENTATION_CLASSES, 4, 2)
    s3 = net.conv("score_pool3", pool3, SEGMENTATION_CLASSES, 1, act=None)
    x = net.add("fuse_pool3", [x, s3])
    net.deconv("upscore8", x, SEGMENTATION_CLASSES, 16, 8, act="softmax")
    return net


def segnet(batch):
    """Badrinarayanan et al. 2017: an encoder of VGG16's 13 convolutions,
    each with batch normalization and ReLU, and five 2x2 max-poolings that
    keep their argmax; a mirrored decoder whose stages each start with a
    max-unpooling at the argmax of the matching encoder pooling, followed by
    3x3 convolutions with batch normalization and ReLU (512 512 512 | 512
    512 256 | 256 256 128 | 128 64 | 64), and a last 3x3 convolution to the
    classes with a per-pixel softmax."""
    net = Net("segnet", batch, SEGMENTATION_HW)
    x, pools = None, []
    for b, (n, c) in enumerate(zip((2, 2, 3, 3, 3), (64, 128, 256, 512, 512))):
        for i in range(n):
            x = net.conv("conv%d_%d" % (b + 1, i + 1), x, c, 3, act=None)
            x = net.batchnorm("conv%d_%d_bn" % (b + 1, i + 1), x, relu=True)
        x = net.maxpool("pool%d" % (b + 1), x, indices=True)
        pools.append(x)
    decoder = ((512, 512, 512), (512, 512, 256), (256, 256, 128), (128, 64),
               (64,))
    for stage, channels in zip(range(5, 0, -1), decoder):
        x = net.unpool("upsample%d" % stage, x, pools[stage - 1])
        for j, c in enumerate(channels):
            # Stage 1's last convolution is conv1_1_D, to the classes.
            name = "conv%d_%d_D" % (stage, len(channels) - j + (stage == 1))
            x = net.conv(name, x, c, 3, act=None)
            x = net.batchnorm(name + "_bn", x, relu=True)
    net.conv("conv1_1_D", x, SEGMENTATION_CLASSES, 3, act="softmax")
    return net


def training_graph(net):
    """Checkmate's training graph of `net`: forward nodes 0..L-1 in layer
    order, the loss L, and the backward node of layer i at 2L - i.

    The backward node of a layer computes the gradients with respect to its
    inputs (and its weights). It reads the backward node of every consumer
    through which a gradient flows (the loss, for the last layer) and, as
    the layer's derivative needs them, the layer's forward inputs and its
    own forward output. Its cost is twice the forward FLOPs; its bytes those
    of the gradients of its inputs that are nodes (0 for a layer reading
    only the image: the gradient of the weights, like the weights
    themselves, is not activation memory)."""
    layers = net.layers
    n = len(layers)
    loss = n
    backward = lambda i: 2 * n - i
    nodes = []
    links = set()
    consumers = [[] for _ in layers]
    for i, layer in enumerate(layers):
        nodes.append({"id": i, "name": layer["name"], "backward": False,
                      "cost_cpu": layer["flops"], "cost_ram": layer["bytes"]})
        for x, differentiable in layer["inputs"]:
            if x is not None:
                links.add((x, i))
                if differentiable:
                    consumers[x].append(i)
    # Cross-entropy against the labels: a few FLOPs per probability, one
    # f32 scalar out.
    nodes.append({"id": loss, "name": "loss", "backward": True,
                  "cost_cpu": 2 * layers[-1]["bytes"] // F32,
                  "cost_ram": F32})
    links.add((n - 1, loss))
    for i in reversed(range(n)):
        layer = layers[i]
        grads = sum(layers[x]["bytes"] for x, d in layer["inputs"]
                    if x is not None and d)
        nodes.append({"id": backward(i), "name": "grad_" + layer["name"],
                      "backward": True, "cost_cpu": 2 * layer["flops"],
                      "cost_ram": grads})
        for c in consumers[i] or [loss if i == n - 1 else None]:
            assert c is not None, "layer %s has no consumer" % layer["name"]
            links.add((loss if c == loss else backward(c), backward(i)))
        if layer["needs_inputs"]:
            for x, _ in layer["inputs"]:
                if x is not None:
                    links.add((x, backward(i)))
        if layer["needs_output"]:
            links.add((i, backward(i)))
    return finish(net.name + " training graph, batch %d, %dx%dx%d input" % (
        (net.batch,) + net.image), nodes, links)


class SplitMix64:
    """Steele, Lea and Flood's SplitMix64: the same stream everywhere."""

    def __init__(self, seed):
        self.state = seed & (2**64 - 1)

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & (2**64 - 1)
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & (2**64 - 1)
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & (2**64 - 1)
        return z ^ (z >> 31)

    def below(self, n):
        """Uniform on 0..n-1 (rejection sampling, no modulo bias)."""
        limit = (2**64 // n) * n
        while True:
            r = self.next()
            if r < limit:
                return r % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent


# The random layered DAGs' parameters (README.md explains them).
RANDOM_MAX_WIDTH = lambda n: max(2, round(n ** 0.5))
RANDOM_MAX_OPERANDS = 4
RANDOM_PREVIOUS_LAYER_PERCENT = 70
RANDOM_COST = (1, 100)
RANDOM_KIB = (1, 64)


def random_layered(n, seed):
    """A forward-only DAG of n nodes in layers of random width (1 to about
    sqrt(n)); each node after the first layer reads 1 to 4 distinct nodes:
    the first of the previous layer, each further one of the previous layer
    with probability 70% and otherwise of any earlier layer (a long link).
    Costs are whole numbers from 1 to 100, bytes whole KiB from 1 to 64."""
    rng = SplitMix64(seed)
    layers = []
    count = 0
    while count < n:
        width = min(rng.between(1, RANDOM_MAX_WIDTH(n)), n - count)
        layers.append(list(range(count, count + width)))
        count += width
    nodes, links = [], set()
    for depth, layer in enumerate(layers):
        for v in layer:
            nodes.append({"id": v, "name": "n%d" % v, "backward": False,
                          "cost_cpu": rng.between(*RANDOM_COST),
                          "cost_ram": 1024 * rng.between(*RANDOM_KIB)})
            if depth == 0:
                continue
            previous = layers[depth - 1]
            earlier = layers[depth - 1][0]  # nodes 0..earlier-1 lie deeper
            wanted = rng.between(1, RANDOM_MAX_OPERANDS)
            for k in range(wanted):
                if k == 0 or earlier == 0 or \
                        rng.chance(RANDOM_PREVIOUS_LAYER_PERCENT):
                    u = previous[rng.below(len(previous))]
                else:
                    u = rng.below(earlier)
                links.add((u, v))
    return finish("random layered DAG, %d nodes, seed %d" % (n, seed),
                  nodes, links)


def finish(title, nodes, links):
    for s, t in links:
        assert s < t, "link %d -> %d against the order" % (s, t)
    return {"directed": True, "multigraph": False, "graph": {"name": title},
            "nodes": sorted(nodes, key=lambda v: v["id"]),
            "links": [{"source": s, "target": t} for s, t in sorted(links)]}


def bounds(g):
    """(lower bound, keep-all peak) of graph `g` (node-link JSON) under
    docs/GraphSolve.md's rules: the simple lower bound, the largest bytes of
    a node with its operands; the peak of computing each node once in id
    order and freeing each result after its last reader. Also used by
    benchmarks/graph_solve.py and test/ckpt-graph-solve/Inputs/budget.py."""
    ram = {v["id"]: v["cost_ram"] for v in g["nodes"]}
    ops = {v: set() for v in ram}
    last_use = {v: v for v in ram}
    for l in g["links"]:
        ops[l["target"]].add(l["source"])
        last_use[l["source"]] = max(last_use[l["source"]], l["target"])
    lower = max(ram[v] + sum(ram[u] for u in ops[v]) for v in ram)
    live = peak = 0
    for v in sorted(ram):
        live += ram[v]
        peak = max(peak, live)
        for u in ops[v] | {v}:
            if last_use[u] == v:
                live -= ram[u]
    return lower, peak


# Batch sizes of Checkmate's experiments for each network.
GRAPHS = {
    "vgg16": lambda: training_graph(vgg("vgg16", 256, (2, 2, 3, 3, 3))),
    "vgg19": lambda: training_graph(vgg("vgg19", 256, (2, 2, 4, 4, 4))),
    "unet": lambda: training_graph(unet(32)),
    "fcn8": lambda: training_graph(fcn8(32)),
    "segnet": lambda: training_graph(segnet(32)),
    "mobilenet": lambda: training_graph(mobilenet(512)),
    "resnet50": lambda: training_graph(resnet50(256)),
    "random100": lambda: random_layered(100, 100),
    "random250": lambda: random_layered(250, 250),
    "random500": lambda: random_layered(500, 500),
    "random1000": lambda: random_layered(1000, 1000),
}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out-dir",
                   default=os.path.dirname(os.path.abspath(__file__)))
    p.add_argument("--only", default=",".join(GRAPHS))
    a = p.parse_args()
    names = a.only.split(",")
    for name in names:
        if name not in GRAPHS:
            sys.exit("make_graphs.py: unknown graph '%s' (known: %s)" % (
                name, ", ".join(GRAPHS)))
    print("| graph | nodes | links | keep-all peak (bytes) "
          "| lower bound (bytes) |")
    print("|---|---|---|---|---|")
    for name in names:
        g = GRAPHS[name]()
        with open(os.path.join(a.out_dir, name + ".json"), "w") as f:
            json.dump(g, f, separators=(",", ":"))
            f.write("\n")
        lower, peak = bounds(g)
        print("| %s | %d | %d | %d | %d |" % (
            name, len(g["nodes"]), len(g["links"]), peak, lower))


if __name__ == "__main__":
    main()
