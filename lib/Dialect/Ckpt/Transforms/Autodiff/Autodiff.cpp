//===- Autodiff.cpp - --ckpt-autodiff -------------------------------------===//
//
// Expands ckpt.value_and_grad into calls of generated gradient functions.
// A gradient function is a copy of the callee (calls inlined, elementwise
// tensor ops and named linalg ops other than matmul turned into
// linalg.generic) followed by the reverse sweep of AdjointEmitter.
//
//===----------------------------------------------------------------------===//

#include "Adjoint.h"

#include "ckpt/Dialect/Ckpt/Transforms/Normalize.h"
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Pass/PassManager.h"

#include <map>

#define DEBUG_TYPE "ckpt-autodiff"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTAUTODIFF
#include "ckpt/Dialect/Ckpt/Transforms/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;
using namespace mlir::ckpt::autodiff;

/// Calls deeper than this are taken for recursion.
static constexpr unsigned kMaxInlineDepth = 64;

/// Replaces every func.call in `fn` by the callee's body so the callee is
/// differentiated with the caller and its intermediates are kept like the
/// caller's own.
static LogicalResult inlineCalls(func::FuncOp fn, SymbolTable &symbols) {
  for (unsigned depth = 0;; ++depth) {
    SmallVector<func::CallOp> calls;
    fn.walk([&](func::CallOp call) { calls.push_back(call); });
    if (calls.empty())
      return success();
    if (depth == kMaxInlineDepth)
      return calls.front().emitOpError(
          "cannot be differentiated: calls nest deeper than ")
             << kMaxInlineDepth << " (recursion is not supported)";
    bool changed = false;
    for (func::CallOp call : calls) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (!callee || callee.isExternal())
        continue; // Differentiating it fails later only if it matters.
      if (!callee.getBody().hasOneBlock())
        return call.emitOpError("cannot be differentiated: callee @")
               << call.getCallee()
               << " has control flow (more than one block)";
      IRMapping mapping;
      Block &body = callee.getBody().front();
      for (auto [arg, operand] :
           llvm::zip(body.getArguments(), call.getOperands()))
        mapping.map(arg, operand);
      OpBuilder b(call);
      for (Operation &op : body.without_terminator())
        b.clone(op, mapping);
      auto ret = cast<func::ReturnOp>(body.getTerminator());
      for (auto [result, value] :
           llvm::zip(call.getResults(), ret.getOperands()))
        result.replaceAllUsesWith(mapping.lookupOrDefault(value));
      call.erase();
      changed = true;
    }
    if (!changed)
      return success();
  }
}

/// Named linalg ops become generics, which one rule differentiates; matmul
/// and batch_matmul stay named so their adjoints are named contractions too.
static void generalizeNamedOps(func::FuncOp fn) {
  SmallVector<linalg::LinalgOp> named;
  fn.walk([&](linalg::LinalgOp op) {
    if (!isa<linalg::GenericOp, linalg::MatmulOp, linalg::BatchMatmulOp>(op))
      named.push_back(op);
  });
  IRRewriter rewriter(fn.getContext());
  for (linalg::LinalgOp op : named) {
    rewriter.setInsertionPoint(op);
    (void)linalg::generalizeNamedOp(rewriter, op);
  }
}

namespace {
struct AutodiffPass : public ckpt::impl::CkptAutodiffBase<AutodiffPass> {
  using CkptAutodiffBase::CkptAutodiffBase;
  void runOnOperation() override;

private:
  FailureOr<func::FuncOp> generate(ValueAndGradOp op, func::FuncOp callee,
                                   SymbolTable &symbols);
};
} // namespace

FailureOr<func::FuncOp> AutodiffPass::generate(ValueAndGradOp op,
                                               func::FuncOp callee,
                                               SymbolTable &symbols) {
  MLIRContext *ctx = &getContext();
  Location loc = callee.getLoc();
  ArrayRef<int64_t> wrt = op.getWrt();
  std::string name = "__grad_" + callee.getSymName().str() + "_wrt";
  for (int64_t i : wrt)
    name += "_" + std::to_string(i);
  if (callee.isExternal())
    return op.emitOpError("cannot differentiate external function @")
           << callee.getSymName();
  if (!callee.getBody().hasOneBlock())
    return op.emitOpError("cannot differentiate @")
           << callee.getSymName() << ": it has control flow (more than one "
           << "block)";

  FunctionType type = callee.getFunctionType();
  SmallVector<Type> results(type.getResults());
  for (int64_t i : wrt)
    results.push_back(type.getInput(i));
  OpBuilder mb(ctx);
  // The copy keeps the callee's type while it is prepared (passes verify
  // it); the gradients join the results at the end.
  auto fn = func::FuncOp::create(mb, loc, name, type);
  fn.setPrivate();
  symbols.insert(fn);
  IRMapping mapping;
  callee.getBody().cloneInto(&fn.getBody(), mapping);

  if (failed(inlineCalls(fn, symbols)))
    return failure();
  // Effects through memory would carry derivatives the sweep cannot see:
  // refuse them rather than return a wrong gradient.
  WalkResult effects = fn.walk([&](Operation *inner) {
    // What is left of calls after inlining has no body. In a region, it
    // would run again in the backward and may return something else the
    // second time (a stateful random generator, for one): the recomputed
    // region would then differentiate values the forward never computed.
    if (isa<func::CallOp, func::CallIndirectOp>(inner) &&
        inner->getParentOfType<CheckpointOp>()) {
      inner->emitOpError("cannot be recomputed in a 'ckpt.checkpoint' "
                         "region: the callee has no body, so a second call "
                         "may return other values (stateful randomness, for "
                         "one); draw random numbers with ckpt.random_uniform "
                         "or call the function outside the region");
      return WalkResult::interrupt();
    }
    if (inner == fn.getOperation() ||
        isa<func::CallOp, CheckpointOp, func::ReturnOp>(inner) ||
        isMemoryEffectFree(inner) ||
        inner->hasTrait<OpTrait::HasRecursiveMemoryEffects>())
      return WalkResult::advance();
    inner->emitOpError("cannot be differentiated: it has side effects; ckpt "
                       "differentiates value-semantic func, linalg, tensor, "
                       "arith and math ops");
    return WalkResult::interrupt();
  });
  if (effects.wasInterrupted())
    return failure();
  OpPassManager prep("func.func");
  if (failed(parsePassPipeline("convert-elementwise-to-linalg", prep)) ||
      failed(runPipeline(prep, fn)) || failed(normalizeTensorIR(fn)))
    return failure();
  generalizeNamedOps(fn);

  Block &block = fn.getBody().front();
  auto ret = cast<func::ReturnOp>(block.getTerminator());
  OpBuilder b(ret);
  GradContext gctx{getOperation(), symbols, fn.getSymName().str()};
  gctx.minCut = minCut;
  // The sweep emits before the return, so after this marker.
  Operation *boundary = createBoundary(b, loc);
  AdjointEmitter emitter(gctx, b);
  for (int64_t i : wrt)
    emitter.markVaried(block.getArgument(i));
  emitter.propagateVaried(block);
  Value loss = ret.getOperand(0);
  if (emitter.isVaried(loss))
    emitter.accumulate(loss, buildFilled(b, loc, loss.getType(), 1.0));
  if (failed(emitter.backprop(block)))
    return failure();
  SmallVector<Value> outs(ret.getOperands());
  for (int64_t i : wrt)
    outs.push_back(emitter.lookupOrZero(block.getArgument(i), loc));
  func::ReturnOp::create(b, ret.getLoc(), outs);
  ret.erase();
  if (minCut)
    saveMinimumCut(block, boundary);
  boundary->erase();
  fn.setFunctionType(FunctionType::get(ctx, type.getInputs(), results));
  numGradFuncs += 1 + gctx.numRegionFunctions;
  return fn;
}

void AutodiffPass::runOnOperation() {
  ModuleOp module = getOperation();
  SymbolTable symbols(module);
  SmallVector<ValueAndGradOp> ops;
  module.walk([&](ValueAndGradOp op) { ops.push_back(op); });
  std::map<std::pair<std::string, std::vector<int64_t>>, func::FuncOp> cache;
  for (ValueAndGradOp op : ops) {
    auto callee = symbols.lookup<func::FuncOp>(op.getCallee());
    if (!callee) {
      op.emitOpError("'") << op.getCallee()
                          << "' does not reference a valid func.func";
      return signalPassFailure();
    }
    auto key = std::make_pair(op.getCallee().str(),
                              std::vector<int64_t>(op.getWrt().begin(),
                                                   op.getWrt().end()));
    func::FuncOp &grad = cache[key];
    if (!grad) {
      FailureOr<func::FuncOp> generated = generate(op, callee, symbols);
      if (failed(generated))
        return signalPassFailure();
      grad = *generated;
    }
    OpBuilder b(op);
    auto call =
        func::CallOp::create(b, op.getLoc(), grad, op.getOperands());
    op.replaceAllUsesWith(call.getResults());
    op.erase();
    ++numExpanded;
  }
  // Normalization forms linalg.softmax for its adjoint; what remains of it
  // is computed op by op again, as the rest of the pipeline expects.
  SmallVector<linalg::SoftmaxOp> softmaxes;
  module.walk([&](linalg::SoftmaxOp op) { softmaxes.push_back(op); });
  IRRewriter rewriter(module.getContext());
  for (linalg::SoftmaxOp op : softmaxes) {
    rewriter.setInsertionPoint(op);
    FailureOr<SmallVector<Value>> parts = op.decomposeOperation(rewriter);
    if (failed(parts)) {
      op.emitOpError("could not be decomposed after differentiation");
      return signalPassFailure();
    }
    rewriter.replaceOp(op, *parts);
  }
}
