/*===- ckpt-c/Ckpt.h - C API of ckpt -------------------------------*- C -*-===*\
|*                                                                            *|
|* ckpt's registration entry points, in the style of MLIR's C API (mlir-c/),  *|
|* which libCkptCAPI.so contains too: register ckpt with a context's dialect  *|
|* registry and its passes with the global pass registry, then parse and run  *|
|* them as pipeline text through mlirParsePassPipeline and                    *|
|* mlirPassManagerRunOnOp (docs/Embedding.md).                                *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef CKPT_C_CKPT_H
#define CKPT_C_CKPT_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// The ckpt dialect alone: mlirGetDialectHandle__ckpt__().
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Ckpt, ckpt);

/// The ckpt dialect, the upstream dialects and extensions its pipelines use,
/// the translations to LLVM IR and ckpt's adjoint and cost models: what
/// mlir::ckpt::registerAllDialects registers in C++.
MLIR_CAPI_EXPORTED void ckptRegisterAllDialects(MlirDialectRegistry registry);

/// ckpt's passes and pipelines (ckpt-plan, ckpt-autodiff,
/// ckpt-lower-to-cpu, ...) and the upstream passes, in the global registry
/// that mlirParsePassPipeline reads. Idempotent.
MLIR_CAPI_EXPORTED void ckptRegisterAllPasses(void);

#ifdef __cplusplus
}
#endif

#endif /* CKPT_C_CKPT_H */
