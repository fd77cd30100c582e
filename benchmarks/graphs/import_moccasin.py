#!/usr/bin/env python3
"""Copies the training graphs of the Moccasin repository into this folder in
the format ckpt-graph-solve reads (README.md says where they come from).

    import_moccasin.py GIT_DIR_OR_CHECKOUT [COMMIT]

Checkmate's graphs are copied as they are (networkx node-link JSON with
`cost_cpu`, `cost_ram`, `backward`), minus nothing. The random layered graphs
store `duration` and `out_cost` under `name`, links under "0" and "1", and a
topological order in graph["order"]: they are renumbered in that order and
renamed to Checkmate's keys, `backward` false; their layout (`pos`) is
dropped.
"""
import json
import os
import subprocess
import sys

CHECKMATE = {
    "VGG16 (MLSys)_256_(224, 224, 3)_train_nx.json": "vgg16.json",
    "VGG19 (MLSys)_256_(224, 224, 3)_train_nx.json": "vgg19.json",
    "vgg_unet (MLSys)_32_(416, 608, 3)_train_nx.json": "unet.json",
    "fcn_8_vgg (MLSys)_32_(416, 608, 3)_train_nx.json": "fcn8.json",
    "segnet (MLSys)_32_(416, 608, 3)_train_nx.json": "segnet.json",
    "MobileNet (MLSys)_512_(224, 224, 3)_train_nx.json": "mobilenet.json",
    "ResNet50 (MLSys)_256_(224, 224, 3)_train_nx.json": "resnet50.json",
}
RANDOM = {
    "random_layered_n100_w0.27_nlv0.75_ed0.2_scd0.14.json": "random100.json",
    "random_layered_n250_w0.43_nlv0.75_ed0.2_scd0.14.json": "random250.json",
    "random_layered_n500_w0.36_nlv0.75_ed0.2_scd0.14.json": "random500.json",
    "random_layered_n1000_w0.31_nlv0.75_ed0.2_scd0.14.json": "random1000.json",
}


def show(repo, commit, path):
    return json.loads(subprocess.run(
        ["git", "-C", repo, "show", f"{commit}:data/{path}"],
        check=True, capture_output=True).stdout)


def convert_random(g):
    order = g["graph"]["order"]
    rank = {old: new for new, old in enumerate(order)}
    by_name = {n["name"]: n for n in g["nodes"]}
    nodes = [{"id": rank[name], "name": str(name), "backward": False,
              "cost_cpu": by_name[name]["duration"],
              "cost_ram": by_name[name]["out_cost"]} for name in order]
    links = sorted({(rank[l["0"]], rank[l["1"]]) for l in g["links"]})
    return {"directed": True, "multigraph": False,
            "graph": {"name": g["graph"]["name"]}, "nodes": nodes,
            "links": [{"source": s, "target": t} for s, t in links]}


def main():
    repo = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "HEAD"
    here = os.path.dirname(os.path.abspath(__file__))
    for src, dst in list(CHECKMATE.items()) + list(RANDOM.items()):
        g = show(repo, commit, src)
        if dst in RANDOM.values():
            g = convert_random(g)
        with open(os.path.join(here, dst), "w") as f:
            json.dump(g, f, separators=(",", ":"))
            f.write("\n")
        print(dst, len(g["nodes"]), "nodes", len(g["links"]), "links")


if __name__ == "__main__":
    main()
