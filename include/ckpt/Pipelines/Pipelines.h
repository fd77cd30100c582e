//===- Pipelines.h - ckpt lowering pipelines --------------------*- C++ -*-===//

#ifndef CKPT_PIPELINES_PIPELINES_H
#define CKPT_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

namespace mlir::ckpt {

/// Passes every ckpt pipeline starts with: expand value_and_grad, splice
/// leftover checkpoint regions, clean up.
void buildCkptFrontendPipeline(OpPassManager &pm);

/// The frontend, then tensors to buffers: read-only arguments, one-shot
/// bufferization across functions, ownership-based deallocation with each
/// dealloc right after the buffer's last use. Its output is what the memory
/// analysis reads to predict `peak_bytes` exactly; both lowerings start so.
void buildCkptBufferizePipeline(OpPassManager &pm);

/// `--ckpt-lower-to-cpu`: tensors to the LLVM dialect for the host, every
/// heap allocation through the ckpt runtime's counting allocator.
void buildLowerToCPUPipeline(OpPassManager &pm);

void registerCkptPipelines();

} // namespace mlir::ckpt

#endif // CKPT_PIPELINES_PIPELINES_H
