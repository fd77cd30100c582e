//===- FrontendPipelines.h - ckpt's front end and bufferization -*- C++ -*-===//
//
// The prefix every ckpt lowering starts with, in a library of its own
// (CkptFrontendPipelines) so that the memory analysis can run it on a clone
// without linking the lowerings (docs/Interface.md, "Libraries").
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_PIPELINES_FRONTENDPIPELINES_H
#define CKPT_PIPELINES_FRONTENDPIPELINES_H

#include "mlir/Pass/PassManager.h"

namespace mlir::ckpt {

/// Passes every ckpt pipeline starts with: expand value_and_grad, splice
/// leftover checkpoint regions, expand ckpt.random_uniform, clean up.
void buildCkptFrontendPipeline(OpPassManager &pm);

/// The frontend, then tensors to buffers: read-only arguments, one-shot
/// bufferization across functions, ownership-based deallocation with each
/// dealloc right after the buffer's last use. Its output is what the memory
/// analysis reads to predict `peak_bytes` exactly; both lowerings start so.
/// `tensorPasses`, when given, adds passes that run on tensors right before
/// bufferization: the GPU lowering fuses elementwise ops there.
void buildCkptBufferizePipeline(
    OpPassManager &pm,
    function_ref<void(OpPassManager &)> tensorPasses = nullptr);

} // namespace mlir::ckpt

#endif // CKPT_PIPELINES_FRONTENDPIPELINES_H
