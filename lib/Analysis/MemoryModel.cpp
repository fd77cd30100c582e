//===- MemoryModel.cpp - live heap buffers of a function ------------------===//

#include "ckpt/Analysis/MemoryModel.h"
#include "ckpt/Pipelines/FrontendPipelines.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/LoopLikeInterface.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::ckpt;

/// one-shot-bufferize's default `buffer-alignment`: the alignment of the
/// buffers callers allocate and hand to the callees that free them.
static constexpr uint64_t kBufferAlignment = 64;

std::optional<int64_t>
mlir::ckpt::loweredAllocationBytes(MemRefType type,
                                   std::optional<uint64_t> alignment,
                                   AllocationLowering lowering) {
  if (!type.hasStaticShape())
    return std::nullopt;
  Type element = type.getElementType();
  unsigned bits = element.isIndex() ? 64
                  : element.isIntOrFloat()
                      ? element.getIntOrFloatBitWidth()
                      : 64;
  int64_t elementBytes = (bits + 7) / 8;
  int64_t bytes = type.getNumElements() * elementBytes;
  switch (lowering) {
  case AllocationLowering::AlignedAlloc: {
    // MLIR's AlignedAllocOpLowering: aligned_alloc needs a size that is a
    // multiple of the alignment, so the size is rounded up to one.
    int64_t align = alignment ? static_cast<int64_t>(*alignment)
                              : std::max<int64_t>(
                                    16, llvm::PowerOf2Ceil(elementBytes));
    return llvm::alignTo(bytes, align);
  }
  case AllocationLowering::Malloc:
    // MLIR's AllocOpLowering over-allocates by the alignment and aligns
    // the pointer by hand.
    return bytes + static_cast<int64_t>(alignment.value_or(0));
  }
  llvm_unreachable("unknown allocation lowering");
}

/// "file:line:col" for file locations, the name for named ones.
static std::string describeLoc(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().str();
  if (auto file = dyn_cast<FileLineColLoc>(loc))
    return (file.getFilename().getValue() + ":" + Twine(file.getLine()) +
            ":" + Twine(file.getColumn()))
        .str();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    if (!fused.getLocations().empty())
      return describeLoc(fused.getLocations().front());
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return describeLoc(callSite.getCallee());
  std::string text;
  llvm::raw_string_ostream os(text);
  loc.print(os);
  return text;
}

/// The buffer a memref value is a view of: the value itself unless an op
/// derived it from another memref without allocating.
static Value rootOf(Value value) {
  while (Operation *def = value.getDefiningOp()) {
    if (auto view = dyn_cast<ViewLikeOpInterface>(def)) {
      value = view.getViewSource();
      continue;
    }
    if (auto cast = dyn_cast<memref::CastOp>(def)) {
      value = cast.getSource();
      continue;
    }
    break;
  }
  return value;
}

/// Who made an allocation: a user-given location name, else the first op
/// that writes into it (the tensor op it was bufferized from).
static std::string nameAllocation(Operation *alloc) {
  if (auto name = dyn_cast<NameLoc>(alloc->getLoc()))
    return name.getName().str();
  Operation *first = nullptr;
  for (Operation *user : alloc->getResult(0).getUsers()) {
    if (isa<memref::DeallocOp, ViewLikeOpInterface>(user) ||
        user->getBlock() != alloc->getBlock())
      continue;
    if (!first || user->isBeforeInBlock(first))
      first = user;
  }
  return (first ? first : alloc)->getName().getStringRef().str();
}

namespace {
/// Live buffers while walking one function body.
struct LiveSet {
  llvm::MapVector<Value, LiveBuffer> buffers;
  int64_t total = 0;

  void add(Value root, LiveBuffer buffer) {
    total += buffer.bytes;
    buffers[root] = std::move(buffer);
  }
  void remove(Value root) {
    auto it = buffers.find(root);
    if (it == buffers.end())
      return;
    total -= it->second.bytes;
    buffers.erase(it);
  }
};
} // namespace

MemoryModel::MemoryModel(Operation *op, AllocationLowering lowering)
    : lowering(lowering) {
  auto module = dyn_cast<ModuleOp>(op);
  if (!module)
    module = op->getParentOfType<ModuleOp>();
  if (!module) {
    if (auto func = dyn_cast<func::FuncOp>(op))
      analyze(func);
    return;
  }
  ownedSymbols = std::make_unique<SymbolTable>(module);
  symbols = ownedSymbols.get();
  for (auto func : module.getOps<func::FuncOp>())
    if (!func.isExternal())
      analyze(func);
}

const FunctionMemoryProfile *MemoryModel::lookup(StringRef name) const {
  auto it = profiles.find(name);
  return it == profiles.end() ? nullptr : it->second.get();
}

const FunctionMemoryProfile *MemoryModel::analyze(func::FuncOp func) {
  if (const FunctionMemoryProfile *done = lookup(func.getSymName()))
    return done;
  auto profile = std::make_unique<FunctionMemoryProfile>();
  profile->function = func.getSymName().str();
  inProgress.insert(func.getSymName());

  LiveSet live;
  // A buffer that ownership made ours to free: the live set's, or one of
  // our arguments, whose bytes the caller counts until the call returns.
  Block &entry = func.getBody().front();
  auto release = [&](Value buffer) {
    Value root = rootOf(buffer);
    auto arg = dyn_cast<BlockArgument>(root);
    if (!arg || arg.getOwner() != &entry) {
      live.remove(root);
      return;
    }
    if (llvm::is_contained(profile->freedArgs, arg.getArgNumber()))
      return;
    profile->freedArgs.push_back(arg.getArgNumber());
    auto type = dyn_cast<MemRefType>(arg.getType());
    std::optional<int64_t> bytes =
        type ? loweredAllocationBytes(type, kBufferAlignment, lowering)
             : std::nullopt;
    if (!bytes)
      profile->exact = false;
    live.total -= bytes.value_or(0);
  };
  auto notePeak = [&](Operation *op, int64_t transient,
                      ArrayRef<LiveBuffer> extra) {
    int64_t now = live.total + transient;
    if (now <= profile->peakBytes && profile->peakOp)
      return;
    profile->peakBytes = now;
    profile->peakOp = op;
    profile->liveAtPeak.clear();
    for (auto &entry : live.buffers)
      profile->liveAtPeak.push_back(entry.second);
    llvm::append_range(profile->liveAtPeak, extra);
  };

  // Live bytes when each loop's body starts.
  DenseMap<Operation *, int64_t> atLoopStart;
  func->walk([&](Operation *op, const WalkStage &stage) {
    if (isa<LoopLikeOpInterface>(op)) {
      if (stage.isBeforeAllRegions()) {
        atLoopStart[op] = live.total;
      } else if (stage.isAfterAllRegions() &&
                 live.total != atLoopStart.lookup(op)) {
        profile->exact = false;
        profile->loopCarriesBuffers = true;
      }
    }
    if (!stage.isBeforeAllRegions())
      return;
    if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
      std::optional<int64_t> bytes = loweredAllocationBytes(
          alloc.getType(), alloc.getAlignment(), lowering);
      if (!bytes)
        profile->exact = false;
      live.add(alloc.getResult(), {nameAllocation(op), bytes.value_or(0),
                                   describeLoc(op->getLoc())});
    } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
      release(dealloc.getMemref());
    } else if (auto call = dyn_cast<CallOpInterface>(op)) {
      auto sym = dyn_cast_if_present<SymbolRefAttr>(call.getCallableForCallee());
      auto callee = sym && symbols
                        ? symbols->lookup<func::FuncOp>(sym.getLeafReference())
                        : func::FuncOp();
      const FunctionMemoryProfile *inner = nullptr;
      if (callee && !callee.isExternal() &&
          !inProgress.contains(callee.getSymName()))
        inner = analyze(callee);
      if (!inner) {
        // External helpers (runtime calls) are assumed not to allocate.
        if (callee && !callee.isExternal())
          profile->exact = false;
      } else {
        if (!inner->exact)
          profile->exact = false;
        std::string name = ("call @" + callee.getSymName()).str();
        std::string loc = describeLoc(op->getLoc());
        // Attribute the callee's peak to the buffers live inside it.
        SmallVector<LiveBuffer> inside;
        for (const LiveBuffer &buffer : inner->liveAtPeak)
          inside.push_back({"@" + callee.getSymName().str() + ": " +
                                buffer.name,
                            buffer.bytes, buffer.loc});
        notePeak(op, inner->peakBytes, inside);
        for (auto [i, result] : llvm::enumerate(op->getResults())) {
          if (i >= inner->returnedArg.size() || inner->returnedArg[i] >= 0)
            continue;
          live.add(result, {name, inner->returnedBytes[i], loc});
        }
        for (unsigned index : inner->freedArgs)
          if (index < call.getArgOperands().size())
            release(call.getArgOperands()[index]);
        // The callee's peak already includes what it returns.
        profile->timeline.push_back({op, live.total});
        return;
      }
    } else if (auto ret = dyn_cast<func::ReturnOp>(op)) {
      if (ret->getParentOp() == func.getOperation())
        for (Value operand : ret.getOperands()) {
          Value root = rootOf(operand);
          auto arg = dyn_cast<BlockArgument>(root);
          bool isArg = arg && arg.getOwner() == &func.getBody().front();
          profile->returnedArg.push_back(isArg ? arg.getArgNumber() : -1);
          auto it = live.buffers.find(root);
          profile->returnedBytes.push_back(
              !isArg && it != live.buffers.end() ? it->second.bytes : 0);
        }
    }
    notePeak(op, 0, {});
    profile->timeline.push_back({op, live.total});
  });

  llvm::stable_sort(profile->liveAtPeak,
                    [](const LiveBuffer &a, const LiveBuffer &b) {
                      return a.bytes > b.bytes;
                    });
  inProgress.erase(func.getSymName());
  auto &slot = profiles[func.getSymName()];
  slot = std::move(profile);
  return slot.get();
}

bool mlir::ckpt::isTensorLevel(ModuleOp module) {
  WalkResult result = module.walk([](Operation *op) {
    if (op->getDialect() &&
        op->getDialect()->getNamespace() == "ckpt")
      return WalkResult::interrupt();
    for (Type type : op->getResultTypes())
      if (isa<TensorType>(type))
        return WalkResult::interrupt();
    if (auto func = dyn_cast<func::FuncOp>(op))
      for (Type type : func.getFunctionType().getInputs())
        if (isa<TensorType>(type))
          return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return result.wasInterrupted();
}

LogicalResult mlir::ckpt::bufferizeInPlace(ModuleOp module) {
  PassManager pm(module.getContext(), ModuleOp::getOperationName(),
                 OpPassManager::Nesting::Implicit);
  buildCkptBufferizePipeline(pm);
  return pm.run(module);
}

FailureOr<OwningOpRef<ModuleOp>> mlir::ckpt::bufferizeClone(ModuleOp module) {
  OwningOpRef<ModuleOp> clone = module.clone();
  if (failed(bufferizeInPlace(*clone)))
    return failure();
  return clone;
}

FailureOr<std::unique_ptr<MemoryModel>>
mlir::ckpt::predictMemory(ModuleOp module, OwningOpRef<ModuleOp> &keepAlive,
                          AllocationLowering lowering) {
  if (!isTensorLevel(module))
    return std::make_unique<MemoryModel>(module, lowering);
  FailureOr<OwningOpRef<ModuleOp>> buffers = bufferizeClone(module);
  if (failed(buffers))
    return failure();
  keepAlive = std::move(*buffers);
  return std::make_unique<MemoryModel>(*keepAlive, lowering);
}
