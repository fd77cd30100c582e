//===- MemoryModel.h - live heap buffers of a function ----------*- C++ -*-===//
//
// The definition of `peak_bytes` that ckpt uses everywhere
// (docs/Interface.md, "Memory"): the largest total size of heap buffers a
// call allocated and has not freed yet. Arguments are not counted; returned
// buffers are; a call to a function of the module adds that function's own
// peak while it runs and then the buffers it returns.
//
//===----------------------------------------------------------------------===//

#ifndef CKPT_ANALYSIS_MEMORYMODEL_H
#define CKPT_ANALYSIS_MEMORYMODEL_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <memory>
#include <string>

namespace mlir::ckpt {

/// One heap buffer live at some instant.
struct LiveBuffer {
  /// What made it: the op that writes it first (or the allocating op), or
  /// "call @f" for a callee's internal peak and returned buffers.
  std::string name;
  int64_t bytes = 0;
  /// Source location of the allocation, printed.
  std::string loc;
};

/// The live-buffer timeline of one function in program order.
struct FunctionMemoryProfile {
  std::string function;
  int64_t peakBytes = 0;
  /// Bytes of heap buffers that the function returns to its caller.
  SmallVector<int64_t> returnedBytes;
  /// For each result, the argument it aliases, or -1 for a fresh buffer.
  SmallVector<int> returnedArg;
  /// Arguments the function frees (ownership handed over by its callers,
  /// see ckpt-hoist-deallocs): the caller's buffer is gone after the call.
  /// Their bytes count negatively from where they are freed, so peakBytes
  /// stays relative to what the caller holds.
  SmallVector<unsigned> freedArgs;
  /// Total live bytes right after each op of the body (pre-order walk).
  SmallVector<std::pair<Operation *, int64_t>> timeline;
  /// The op at which the peak is reached and the buffers live there,
  /// largest first.
  Operation *peakOp = nullptr;
  SmallVector<LiveBuffer> liveAtPeak;
  /// False when a size was dynamic or a callee was external: the peak is
  /// then a lower bound.
  bool exact = true;
  /// A loop's body (walked once, as one iteration) ended with other live
  /// bytes than it started with: iterations would not repeat the first, so
  /// the profile is not exact either. Loops whose iterations free what they
  /// allocate (ckpt-microbatch's) peak in every iteration alike.
  bool loopCarriesBuffers = false;
};

/// How the lowering turns a memref.alloc into a runtime allocation, hence
/// how many bytes the runtime is asked for (and counts).
enum class AllocationLowering {
  /// finalize-memref-to-llvm{use-aligned-alloc=1} (the CPU pipeline):
  /// aligned_alloc(align, size rounded up to a multiple of align), align
  /// being the op's `alignment` or max(16, element size to a power of 2).
  AlignedAlloc,
  /// finalize-memref-to-llvm without aligned alloc (the NVVM pipeline's
  /// host code): malloc(size + alignment) when the op has an `alignment`,
  /// malloc(size) otherwise.
  Malloc,
};

/// Bytes the runtime is asked for by `alloc` once lowered, or nullopt for
/// dynamic shapes.
std::optional<int64_t> loweredAllocationBytes(MemRefType type,
                                              std::optional<uint64_t> alignment,
                                              AllocationLowering lowering);

/// Memory profiles of the functions of a bufferized (memref) module. Built
/// from a module or a function (then its module's functions are analyzed,
/// since calls need their callees' profiles); usable with getAnalysis<>.
class MemoryModel {
public:
  explicit MemoryModel(Operation *op, AllocationLowering lowering =
                                          AllocationLowering::AlignedAlloc);

  /// The profile of `name`, or null if there is no such function.
  const FunctionMemoryProfile *lookup(StringRef name) const;
  const FunctionMemoryProfile *lookup(func::FuncOp func) const {
    return lookup(func.getSymName());
  }

private:
  const FunctionMemoryProfile *analyze(func::FuncOp func);

  AllocationLowering lowering;
  SymbolTable *symbols = nullptr;
  std::unique_ptr<SymbolTable> ownedSymbols;
  llvm::StringMap<std::unique_ptr<FunctionMemoryProfile>> profiles;
  llvm::StringSet<> inProgress;
};

/// True when `module` holds tensor-level IR (tensor values or ckpt ops)
/// rather than buffers.
bool isTensorLevel(ModuleOp module);

/// Runs ckpt's bufferization pipeline on `module` itself (for a caller that
/// owns a copy already).
LogicalResult bufferizeInPlace(ModuleOp module);

/// Runs ckpt's bufferization pipeline (the one the lowerings run) on a clone
/// of `module`; what the lowering would execute, hence exact memory.
FailureOr<OwningOpRef<ModuleOp>> bufferizeClone(ModuleOp module);

/// Profiles of `module`'s functions as the lowering will run them: directly
/// for buffer IR, through bufferizeClone for tensor IR. `keepAlive` owns
/// the IR the profiles point into.
FailureOr<std::unique_ptr<MemoryModel>>
predictMemory(ModuleOp module, OwningOpRef<ModuleOp> &keepAlive,
              AllocationLowering lowering = AllocationLowering::AlignedAlloc);

} // namespace mlir::ckpt

#endif // CKPT_ANALYSIS_MEMORYMODEL_H
