//===- PlanPasses.td - checkpoint planning passes ------------*- tablegen -*-===//

#ifndef CKPT_DIALECT_CKPT_TRANSFORMS_PLANPASSES_TD
#define CKPT_DIALECT_CKPT_TRANSFORMS_PLANPASSES_TD

include "mlir/Pass/PassBase.td"

defvar CkptPlanDependentDialects = [
  "::mlir::ckpt::CkptDialect", "::mlir::arith::ArithDialect",
  "::mlir::bufferization::BufferizationDialect",
  "::mlir::cf::ControlFlowDialect", "::mlir::func::FuncDialect",
  "::mlir::linalg::LinalgDialect", "::mlir::math::MathDialect",
  "::mlir::memref::MemRefDialect", "::mlir::scf::SCFDialect",
  "::mlir::tensor::TensorDialect"];

def CkptPlan : Pass<"ckpt-plan", "ModuleOp"> {
  let summary = "Wrap segments of differentiated functions in checkpoint "
                "regions to meet a memory budget";
  let description = [{
    For every `ckpt.value_and_grad`, the pass partitions the top-level ops of
    the callee into segments and wraps some of them (nested where
    multi-level checkpointing pays) in `ckpt.checkpoint` regions named
    `auto_<n>`, so that the peak memory of the function that contains the
    `ckpt.value_and_grad` stays within the budget while the estimated time
    spent recomputing is smallest.

    Memory is `peak_bytes` as docs/Interface.md defines it, for the function
    holding the `ckpt.value_and_grad`, predicted exactly by running `--ckpt-autodiff`
    and ckpt's bufferization pipeline on a clone of the module and walking the
    live buffers. The solver works on a cost model (FLOPs and bytes per op
    from `CostOpInterface`, a roofline per target) and an activation model of
    the chain of top-level ops; every candidate plan is then checked with the
    exact prediction. Candidates: the model's optimum at 17 memory limits
    from everything kept down to the least, K equal segments for K <= 16,
    the model's optimum at the limits a bisection tries for the largest one
    whose exact peak fits the budget (the model counts every tensor a layer
    makes, bufferization keeps fewer), a few limits above that with either
    tie-break among co-optimal plans, the binomial schedules with 1..8
    snapshots, and, on chains with at most 100 plans (5 units), every plan.
    From the cheapest that fits, regions are dropped or unnested while the
    result still fits and costs less. The cheapest candidate that fits wins.
    The chain has at most 64 units: layer boundaries where the fewest bytes
    cross, or, where there are fewer than four such positions (attention,
    skip connections), every local minimum of the bytes crossing; and,
    where the body repeats (a stack of layers: the shortest period at which
    the names and result types of its computing ops repeat over most of
    it, constants, empty tensors and fills left out), the boundaries of the
    layers, at the phase where the fewest bytes cross.

    A callee of more than 256 top-level ops (bufferizing one plan of it
    takes seconds) gets a search with few exact checks instead: the
    unplanned step and the model's least-memory plan are checked, then the
    largest model limit whose plan fits is bracketed by interpolating the
    exact peaks at the bracket's ends (at most 10 more checks, each
    shrinking the bracket by a quarter at least). Whatever the size and
    strategy, the plan applied is checked exactly: `predicted_peak_bytes`
    is its exact peak and the report says `"exact": true`; it is never
    over the budget. The floor the report gives (`min_peak_bytes`) is the
    least exact peak of a plan checked, never below the bytes of the
    step's results (`result_bytes`: the loss and gradients, live at its
    end whatever the plan).

    Budgets:
    * `memory-budget=<size>`: bytes, with an optional suffix B, KB, MB, GB
      (powers of 1000) or KiB, MiB, GiB (powers of 1024).
    * `activation-budget=<f>` with 0 <= f <= 1: let `baseline` be the peak of
      the unplanned step and `floor` the smallest peak the planner reaches
      (every segment recomputed, nested to the maximal depth). The budget is
      `floor + f * (baseline - floor)`: f = 1 keeps every activation, f = 0
      asks for the least memory.

    With `save-dots` (the default), `optimal` may also give a region policy
    `save_dots`: it then keeps the results of its contractions (matmuls and
    other linalg contractions, as the autodiff's checkpoint rule does) and
    recomputes only the rest, which costs memory for the contraction
    results and saves most of the recompute time of matmul-heavy layers.
    Such regions have no regions inside.

    Strategies: `optimal` (default) solves a dynamic program over cut points
    of the op chain (the cut carries every value live across it, so skip
    connections are accounted for), nesting segments recursively; exact for
    the model (test/ckpt-chain-solve checks it against exhaustive search),
    which on chains of equal layers is the binomial (Revolve) optimum. On a
    real chain of equal layers, at the lowered memory a binomial schedule
    needs, the plan re-executes as few layers as the best binomial schedule
    that fits (test/Integration/CPU/plan-revolve.test).
    `sqrt` wraps about sqrt(N) equal segments (Chen et al. 2016); `uniform`
    wraps `segments=K` equal segments; both count whole layers where the
    body repeats (at most one segment per layer; otherwise units), the ops
    before the first layer joining the first segment; `given` applies
    `plan=<regions>`
    (the report's "plan" text, over its "units") and reports its exact peak:
    for trying a plan by hand or comparing with an exhaustive search. A
    region the chain cannot hold is an error that says why, e.g. "region
    [1,4) ends at unit 4 but the chain has units 0..2" or "region [0,3)
    reaches the end of the chain (unit 2 is its last)".
    Where the forward is not a chain (a tensor read two or more units
    after the one making it: long skip connections, as in a U-Net),
    `optimal` also plans the callee with the planner library's graph
    solver over its ops and their backward (a backward node reads the
    values the autodiff's minimum cut keeps: elementwise ops and views are
    regenerated from the values they come from); the values its schedule
    recomputes become the intermediates of regions, which may gather ops
    that are not contiguous (their ops are moved together first), e.g. the
    layers on one skip path. A region whose contractions the schedule keeps
    gets policy `save_dots`. Its plans are checked exactly too, and of the
    plans that fit, the one whose lowered step is estimated faster (as
    "estimated_overhead") is taken, the chain planner's on a tie; the
    report's "solver" says which ("chain" or "graph"; a graph plan's "plan"
    text lists the op positions of each region, e.g.
    "graph{3,4}{9,10:save_dots}"). Graph plans that recompute no less than
    the chain planner's, in time and in FLOPs, are not checked. `solver=graph` takes the graph solver's plan
    only; `solver=chain` skips it.
    User-written `ckpt.checkpoint` ops are
    never cut through. An infeasible budget is an error at the
    `ckpt.value_and_grad` that states the smallest achievable peak.

    Micro-batches (`microbatch=auto batch-args=I,J,... reduction=mean|sum`,
    the last two as in `--ckpt-microbatch`): the step may also be split
    into K micro-batches along dimension 0 of the callee arguments
    `batch-args`, as `--ckpt-microbatch` splits it, which keeps the
    activations of one micro-batch at a time. Every divisor K of the batch
    is weighed on a clone: the split step is planned by the search above
    (exact peaks of the micro-batched step, loop included), and the K whose
    plan fits the budget with the least estimated step time wins (ties to
    the smaller K; a K whose split step without regions is already no
    faster than the best plan found is not searched). The estimate prices
    what a split costs: every kernel runs K times on smaller operands
    (weights read K times), each run pays a fixed cost, and contractions
    run further from their peak (Hockney's half-performance FLOPs); see
    docs/MixedPrecision.md. Budgets below the least peak of regions alone
    become reachable; one that no K reaches is an error naming the least
    peak with micro-batches and with regions alone. `microbatch=<K>` fixes
    K. With `activation-budget`, the budget in bytes is taken from the
    step with the batch whole. The report entry's `"microbatch"` is the K
    applied (1 without a split), `"microbatch_candidates"` lists each K
    weighed, and `"estimated_overhead"` and `"baseline_peak_bytes"` refer
    to the step as given.

    `report=<file.json>` writes the plan as JSON: an object whose key
    "plans" lists, per `ckpt.value_and_grad`, "callee", "budget_bytes",
    "baseline_peak_bytes", "predicted_peak_bytes", "min_peak_bytes",
    "exact", "result_bytes", "exact_checks" and "exact_seconds" (exact
    predictions made and their time), "units", "plan", "layers" and
    "layer_ops" (layers found and computing ops per layer, 0 if none),
    "microbatch" (micro-batches applied, 1 if none),
    "recompute_flops", "regions", "estimated_overhead" (the planned step's
    estimated time over the unplanned step's, "step_seconds", minus one:
    both costed whole, forward, recomputation and backward, after autodiff
    and bufferization, by a roofline per kernel plus a fixed cost per
    kernel run, loops counted per iteration), "live_at_peak" and "candidates" (each
    plan weighed: regions, depth, predicted peak, recompute FLOPs, whether
    it fits and whether it was chosen); `report=-` prints a summary to
    stdout.

    ```mlir
    %l, %g = ckpt.value_and_grad @net(%x, %w) wrt [1] : ...
    // with memory-budget=1MiB, @net's body becomes
    %h = ckpt.checkpoint (%x, %w) {name = "auto_0"} : ... { ... }
    ```
  }];
  let options = [
    Option<"memoryBudget", "memory-budget", "std::string", /*default=*/"",
           "Peak memory allowed (bytes; suffixes B, KB, MB, GB, KiB, MiB, "
           "GiB)">,
    Option<"activationBudget", "activation-budget", "double",
           /*default=*/"-1.0",
           "Fraction in [0, 1] of the activation memory to keep">,
    Option<"strategy", "strategy", "::mlir::ckpt::PlanStrategy",
           /*default=*/"::mlir::ckpt::PlanStrategy::Optimal",
           "How regions are chosen",
           [{::llvm::cl::values(
             clEnumValN(::mlir::ckpt::PlanStrategy::Optimal, "optimal",
                        "least recompute time within the budget"),
             clEnumValN(::mlir::ckpt::PlanStrategy::Sqrt, "sqrt",
                        "about sqrt(N) equal segments"),
             clEnumValN(::mlir::ckpt::PlanStrategy::Uniform, "uniform",
                        "segments=<K> equal segments"),
             clEnumValN(::mlir::ckpt::PlanStrategy::Given, "given",
                        "the regions plan=<regions> gives"))}]>,
    Option<"solver", "solver", "::mlir::ckpt::PlanSolver",
           /*default=*/"::mlir::ckpt::PlanSolver::Auto",
           "Which planner strategy=optimal uses",
           [{::llvm::cl::values(
             clEnumValN(::mlir::ckpt::PlanSolver::Auto, "auto",
                        "the chain planner, and the graph solver too where "
                        "the forward has long skip connections"),
             clEnumValN(::mlir::ckpt::PlanSolver::Chain, "chain",
                        "the chain planner only"),
             clEnumValN(::mlir::ckpt::PlanSolver::Graph, "graph",
                        "the graph solver's plan only (needs "
                        "memory-budget)"))}]>,
    Option<"segments", "segments", "unsigned", /*default=*/"0",
           "Number of segments for strategy=uniform">,
    Option<"plan", "plan", "std::string", /*default=*/"",
           "Regions for strategy=given over the chain's units as the report "
           "numbers them: [begin,end ...) with regions nested inside, "
           "':save_dots' after end for that policy, e.g. [0,3[0,1))[4,6)">,
    Option<"report", "report", "std::string", /*default=*/"",
           "Write the plan as JSON to this file, or a summary to stdout "
           "with '-'">,
    Option<"saveDots", "save-dots", "bool", /*default=*/"true",
           "Let strategy=optimal give regions policy save_dots (keep the "
           "results of contractions, recompute the rest)">,
    Option<"target", "target", "::mlir::ckpt::PlanTarget",
           /*default=*/"::mlir::ckpt::PlanTarget::CPU",
           "Roofline for time estimates",
           [{::llvm::cl::values(
             clEnumValN(::mlir::ckpt::PlanTarget::CPU, "cpu",
                        "one host core"),
             clEnumValN(::mlir::ckpt::PlanTarget::SM90, "sm_90",
                        "an H200 GPU"))}]>,
    Option<"peakFlops", "peak-flops", "double", /*default=*/"0",
           "Override the target's peak FLOP/s">,
    Option<"bandwidth", "bandwidth", "double", /*default=*/"0",
           "Override the target's memory bandwidth in bytes/s">,
    Option<"microbatch", "microbatch", "std::string", /*default=*/"",
           "Split the step into micro-batches: 'auto' chooses their number "
           "with the regions, <K> fixes it (needs batch-args)">,
    ListOption<"batchArgs", "batch-args", "int64_t",
               "With microbatch=: callee argument indices split along "
               "dimension 0 (as in --ckpt-microbatch)">,
    Option<"reduction", "reduction", "::mlir::ckpt::MicrobatchReduction",
           /*default=*/"::mlir::ckpt::MicrobatchReduction::Mean",
           "With microbatch=: how the micro-batch losses and gradients "
           "combine (as in --ckpt-microbatch)",
           [{::llvm::cl::values(
             clEnumValN(::mlir::ckpt::MicrobatchReduction::Mean, "mean",
                        "the average of the micro-batch results"),
             clEnumValN(::mlir::ckpt::MicrobatchReduction::Sum, "sum",
                        "the sum of the micro-batch results"))}]>,
  ];
  let dependentDialects = CkptPlanDependentDialects;
  let statistics = [
    Statistic<"numRegions", "num-regions", "Checkpoint regions created">,
    Statistic<"numVerifications", "num-verifications",
              "Plans checked with the exact memory prediction">
  ];
}

def CkptMemoryReport : Pass<"ckpt-memory-report", "ModuleOp"> {
  let summary = "Print each function's peak heap memory and what is live "
                "at the peak";
  let description = [{
    Walks every function in program order and tracks the heap buffers it has
    allocated and not freed (`peak_bytes` of docs/Interface.md: arguments are
    not counted, returned buffers are, a call adds the callee's own peak while it
    runs and then the buffers it returns). Buffer IR is analyzed as is;
    tensor IR is first run through ckpt's bufferization pipeline on a clone,
    so the numbers are those of the lowered code. The IR is not changed.

    The first line names the op at which the peak is reached; when that is
    a call, it follows the calls down to the op where the innermost callee
    peaks, and gives that op's location. Then each buffer live at the peak,
    largest first, with the op that made it (a callee's are prefixed with
    the callee's name) and its location.

    ```
    ckpt-memory-report: @step peak_bytes = 4096 (exact) at func.call in @__grad_f at memref.alloc loc("t.mlir":12:5)
      2048 B  @__grad_f: linalg.matmul  t.mlir:12:5
      ...
    ```
  }];
  let dependentDialects = CkptPlanDependentDialects;
}

def CkptRemat : Pass<"ckpt-remat", "ModuleOp"> {
  let summary = "Recompute values before their later uses so that each "
                "public function's peak memory fits a budget";
  let description = [{
    For functions that hold their whole computation already (a joint
    forward+backward graph from another frontend, or a training step after
    `--ckpt-autodiff`) and need no `ckpt.value_and_grad`. Each public
    function with a body first gets the bodies of the module's functions it
    calls inlined (single-block callees; recursion is an error), so that one
    schedule covers all its allocations. Its top-level ops then become the
    nodes of a graph (cost: the op's FLOPs from `CostOpInterface`, plus one;
    bytes: its statically shaped tensor results; ops with memory effects
    may not be recomputed), solved by the planner library's graph solver
    (docs/GraphSolve.md), which keeps the function's own order and
    recomputes a value right before a later use instead of keeping it.
    Where it does, the op is cloned there from the latest copies of its
    operands (recomputing from recomputed values is allowed) and later uses
    read the copy, so the original's buffer dies earlier. Every copy
    computes what the original did: results are bit-identical.

    Memory is `peak_bytes` of docs/Interface.md for the function, its
    callees' allocations included, predicted exactly by ckpt's bufferization
    pipeline on a clone (as `--ckpt-memory-report` does). The solver's
    tensor sizes model it: when the exact peak of a rewritten function is
    over the budget, the model's budget is lowered by the excess and the
    function solved again (at most 12 times, down to the model's lower
    bound). A function whose exact peak cannot be brought within the budget
    is an error naming the least peak reached. A function already within
    the budget is left as it is (calls included).

    ```mlir
    // --ckpt-remat="memory-budget=600KB": %a is recomputed before its
    // second use instead of staying live across %b and %c.
    %a = math.tanh %x : tensor<256x256xf32>
    %b = math.exp %a : tensor<256x256xf32>
    %c = math.sin %b : tensor<256x256xf32>
    %a2 = math.tanh %x : tensor<256x256xf32>
    %d = arith.addf %c, %a2 : tensor<256x256xf32>
    ```

    `report=<file.json>` writes a JSON object whose key `"functions"` lists
    one entry per public function with the keys `"function"`,
    `"budget_bytes"`, `"baseline_peak_bytes"`, `"predicted_peak_bytes"`,
    `"recomputed_ops"`, `"recompute_flops"` and `"attempts"`; `report=-`
    prints one line per function.
  }];
  let options = [
    Option<"memoryBudget", "memory-budget", "std::string", /*default=*/"",
           "Peak heap bytes allowed per public function (suffixes B, KB, MB, "
           "GB, KiB, MiB, GiB)">,
    Option<"report", "report", "std::string", /*default=*/"",
           "Write a JSON report to this file ('-': a summary on stdout)">,
  ];
  let statistics = [
    Statistic<"numRecomputed", "recomputed-ops",
              "Ops cloned to recompute a value">,
  ];
  let dependentDialects = CkptPlanDependentDialects;
}

#endif // CKPT_DIALECT_CKPT_TRANSFORMS_PLANPASSES_TD
