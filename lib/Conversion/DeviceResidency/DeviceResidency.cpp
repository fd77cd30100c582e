//===- DeviceResidency.cpp - buffers GPU code touches live on the device --===//
//
// A buffer is identified by its root: a memref.alloc, a memref argument or a
// memref.get_global; views (subview, casts, reshapes) share their root. A
// root is on the device when any of its uses is device code: a linalg op
// (it becomes a kernel), a memref.copy (it becomes linalg.copy) or a cuBLAS
// call. Then every other use must be one the host can serve from device
// memory; the rest is an error rather than a silent host dereference of a
// device pointer.
//
//===----------------------------------------------------------------------===//

#include "Transfers.h"

#include "ckpt/Conversion/Passes.h"

#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "llvm/ADT/SetVector.h"

#define DEBUG_TYPE "ckpt-device-residency"

namespace mlir::ckpt {
#define GEN_PASS_DEF_CKPTDEVICERESIDENCY
#include "ckpt/Conversion/Passes.h.inc"
} // namespace mlir::ckpt

using namespace mlir;
using namespace mlir::ckpt;

namespace {

/// Position of C's address among a ckptCublasGemm* call's operands.
constexpr unsigned kGemmOutputOperand = 11;

bool isViewOf(Operation *op, Value v) {
  auto view = dyn_cast<ViewLikeOpInterface>(op);
  return view && !isa<memref::ExtractStridedMetadataOp>(op) &&
         view.getViewSource() == v;
}

/// The root a memref value views.
Value rootOf(Value v) {
  while (Operation *def = v.getDefiningOp()) {
    auto view = dyn_cast<ViewLikeOpInterface>(def);
    if (!view || isa<memref::ExtractStridedMetadataOp>(def))
      break;
    v = view.getViewSource();
  }
  return v;
}

/// Uses of `root` and of every view of it, views excluded.
SmallVector<OpOperand *> usesThroughViews(Value root) {
  SmallVector<OpOperand *> uses;
  SmallVector<Value> worklist = {root};
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    for (OpOperand &use : v.getUses()) {
      if (isViewOf(use.getOwner(), v)) {
        for (Value r : use.getOwner()->getResults())
          if (isa<MemRefType>(r.getType()))
            worklist.push_back(r);
        continue;
      }
      uses.push_back(&use);
    }
  }
  return uses;
}

/// Whether a pointer extracted from a buffer reaches a cuBLAS call; sets
/// `*written` when it is the call's output.
bool feedsCublas(Operation *extract, bool *written) {
  bool feeds = false;
  SmallVector<Value> worklist(extract->getResults());
  for (unsigned depth = 0; depth < 4 && !worklist.empty(); ++depth) {
    SmallVector<Value> next;
    for (Value v : worklist)
      for (OpOperand &use : v.getUses()) {
        auto call = dyn_cast<func::CallOp>(use.getOwner());
        if (call && call.getCallee().starts_with("ckptCublas")) {
          feeds = true;
          *written |= use.getOperandNumber() == kGemmOutputOperand;
        } else if (isa<arith::ArithDialect>(use.getOwner()->getDialect())) {
          next.append(use.getOwner()->result_begin(),
                      use.getOwner()->result_end());
        }
      }
    worklist = std::move(next);
  }
  return feeds;
}

/// convert-bufferization-to-memref's helper: compares base pointers held in
/// host scratch buffers, never dereferences the buffers it is about.
bool isHostHelper(func::FuncOp func) {
  return func.getSymName().starts_with("dealloc_helper");
}

/// A function of this module that follows the device convention: private,
/// so every caller is here and passes and receives device buffers.
func::FuncOp deviceCallee(Operation *op) {
  auto call = dyn_cast<func::CallOp>(op);
  if (!call)
    return nullptr;
  auto module = call->getParentOfType<ModuleOp>();
  auto callee = module ? module.lookupSymbol<func::FuncOp>(call.getCallee())
                       : nullptr;
  return callee && callee.isPrivate() && !callee.isExternal() &&
                 !isHostHelper(callee)
             ? callee
             : nullptr;
}

/// Whether the use is device code; `*written` says whether it writes.
bool isDeviceUse(OpOperand &use, bool *written) {
  Operation *owner = use.getOwner();
  if (deviceCallee(owner)) {
    *written = true; // the callee's body is not analyzed here
    return true;
  }
  if (auto linalgOp = dyn_cast<linalg::LinalgOp>(owner)) {
    *written |= linalgOp.isDpsInit(&use);
    return true;
  }
  if (auto copy = dyn_cast<memref::CopyOp>(owner)) {
    *written |= use.get() == copy.getTarget();
    return true;
  }
  if (isa<memref::ExtractAlignedPointerAsIndexOp>(owner))
    return feedsCublas(owner, written);
  return false;
}

bool isHostServable(Operation *op) {
  return isa<memref::DeallocOp, memref::LoadOp, memref::DimOp,
             memref::ExtractAlignedPointerAsIndexOp,
             memref::ExtractStridedMetadataOp, func::ReturnOp>(op);
}

bool isStaticIdentity(Type t) {
  auto type = dyn_cast<MemRefType>(t);
  return type && type.hasStaticShape() && type.getLayout().isIdentity();
}

struct DeviceResidencyPass
    : public ckpt::impl::CkptDeviceResidencyBase<DeviceResidencyPass> {
  void runOnOperation() override;

private:
  LogicalResult moveRoot(Value root, bool *written, bool forced = false);
  void runOnFunction(func::FuncOp func);
  void readOnHost(memref::LoadOp load, Value root);
  LogicalResult rewriteReturn(func::ReturnOp ret, bool toHost);

  /// Device buffers to free at each return: argument and constant copies.
  SmallVector<Value> entryCopies;
  /// Arguments whose device copy is written, with that copy.
  SmallVector<std::pair<Value, Value>> writtenArgs;
  llvm::SetVector<Operation *> deadOps;
  DenseSet<Value> deviceRoots;
};

/// Host `memref.load` from a device buffer: copy the buffer to a host
/// temporary, rebuild the load's view chain on it, load, free.
void DeviceResidencyPass::readOnHost(memref::LoadOp load, Value root) {
  OpBuilder b(load);
  Location loc = load.getLoc();
  auto type = cast<MemRefType>(root.getType());
  Value host = memref::AllocOp::create(b, loc, type);
  createCopy(b, loc, host, root);
  ++numTransfers;
  SmallVector<Operation *> chain;
  for (Value v = load.getMemRef(); v != root;
       v = cast<ViewLikeOpInterface>(v.getDefiningOp()).getViewSource())
    chain.push_back(v.getDefiningOp());
  IRMapping mapping;
  mapping.map(root, host);
  for (Operation *view : llvm::reverse(chain))
    b.clone(*view, mapping);
  load->setOperand(0, mapping.lookupOrDefault(load.getMemRef()));
  b.setInsertionPointAfter(load);
  memref::DeallocOp::create(b, loc, host);
}

LogicalResult DeviceResidencyPass::moveRoot(Value root, bool *written,
                                            bool forced) {
  SmallVector<OpOperand *> uses = usesThroughViews(root);
  bool device = forced;
  for (OpOperand *use : uses)
    device |= isDeviceUse(*use, written);
  if (!device)
    return success();
  if (!isa<MemRefType>(root.getType()) ||
      !cast<MemRefType>(root.getType()).getLayout().isIdentity() ||
      (!root.getDefiningOp<memref::AllocOp>() && !forced &&
       !isStaticIdentity(root.getType())))
    return emitError(root.getLoc())
           << "GPU code uses a buffer with dynamic shape or non-identity "
              "layout "
           << root.getType() << ", which the GPU path does not support";
  for (OpOperand *use : uses) {
    Operation *owner = use->getOwner();
    bool ignored = false;
    if (isDeviceUse(*use, &ignored) || deadOps.contains(owner))
      continue;
    if (isa<memref::StoreOp>(owner))
      return owner->emitError("host code writes a buffer that GPU code "
                              "uses; only GPU code may write device buffers");
    if (isa<CallOpInterface>(owner))
      return owner->emitError("a buffer that GPU code uses is passed to a "
                              "call of a public or external function; only "
                              "private functions take device buffers");
    if (!isHostServable(owner))
      return owner->emitError("host op uses a buffer that GPU code uses, "
                              "and cannot run on device memory");
  }
  // Rewrite the uses first: they still name the host root.
  for (OpOperand *use : uses) {
    Operation *owner = use->getOwner();
    if (deadOps.contains(owner))
      continue;
    if (auto copy = dyn_cast<memref::CopyOp>(owner)) {
      OpBuilder b(copy);
      linalg::CopyOp::create(b, copy.getLoc(), copy.getSource(),
                             copy.getTarget());
      deadOps.insert(copy);
    } else if (auto dealloc = dyn_cast<memref::DeallocOp>(owner)) {
      OpBuilder b(dealloc);
      createDeviceFree(b, dealloc.getLoc(), dealloc.getMemref());
      deadOps.insert(dealloc);
    } else if (auto load = dyn_cast<memref::LoadOp>(owner)) {
      readOnHost(load, root);
    }
  }
  return success();
}

LogicalResult DeviceResidencyPass::rewriteReturn(func::ReturnOp ret,
                                                 bool toHost) {
  OpBuilder b(ret);
  Location loc = ret.getLoc();
  SmallVector<Value> freed;
  for (OpOperand &operand : ret->getOpOperands()) {
    if (!toHost)
      break;
    Value root = rootOf(operand.get());
    if (!deviceRoots.contains(root))
      continue;
    if (!isStaticIdentity(operand.get().getType()))
      return ret.emitError("a returned device buffer must have a static "
                           "shape and identity layout, got ")
             << operand.get().getType();
    Value host = memref::AllocOp::create(
        b, loc, cast<MemRefType>(operand.get().getType()));
    createCopy(b, loc, host, operand.get());
    ++numTransfers;
    operand.set(host);
    // The caller owned the returned buffer; now it owns the host copy.
    bool owned = root.getDefiningOp<gpu::AllocOp>() ||
                 root.getDefiningOp<func::CallOp>();
    if (owned && !llvm::is_contained(freed, root))
      freed.push_back(root);
  }
  for (auto [arg, device] : writtenArgs) {
    createCopy(b, loc, arg, device);
    ++numTransfers;
  }
  for (Value v : llvm::concat<Value>(freed, entryCopies))
    createDeviceFree(b, loc, v);
  return success();
}

void DeviceResidencyPass::runOnOperation() {
  for (auto func : getOperation().getOps<func::FuncOp>())
    if (!func.isExternal() && !isHostHelper(func))
      runOnFunction(func);
}

void DeviceResidencyPass::runOnFunction(func::FuncOp func) {
  // Public functions are entry points: host buffers in and out. Private ones
  // are called only from here, with device buffers.
  bool entryPoint = !func.isPrivate();
  entryCopies.clear();
  writtenArgs.clear();
  deadOps.clear();
  deviceRoots.clear();

  // Arguments and constants: a device copy made once, at its definition.
  auto copyIn = [&](Value root, OpBuilder &b, bool written) {
    Location loc = root.getLoc();
    auto type = cast<MemRefType>(root.getType());
    Value device = createDeviceAlloc(b, loc, type, {});
    Operation *copy = createCopy(b, loc, device, root);
    ++numTransfers;
    // Every use but the copy just made reads the device copy.
    root.replaceUsesWithIf(
        device, [&](OpOperand &use) { return use.getOwner() != copy; });
    entryCopies.push_back(device);
    deviceRoots.insert(device);
    if (written)
      writtenArgs.push_back({root, device});
  };

  Block &entry = func.front();
  for (BlockArgument arg : entry.getArguments()) {
    if (!isa<MemRefType>(arg.getType()))
      continue;
    bool written = false;
    if (!entryPoint) {
      if (failed(moveRoot(arg, &written, /*forced=*/true)))
        return signalPassFailure();
      deviceRoots.insert(arg);
      continue;
    }
    if (failed(moveRoot(arg, &written)))
      return signalPassFailure();
    if (!llvm::any_of(usesThroughViews(arg), [](OpOperand *u) {
          bool w = false;
          return isDeviceUse(*u, &w);
        }))
      continue;
    OpBuilder b = OpBuilder::atBlockBegin(&entry);
    copyIn(arg, b, written);
  }

  SmallVector<Operation *> roots;
  func.walk([&](Operation *op) {
    if (isa<memref::AllocOp, memref::GetGlobalOp>(op) || deviceCallee(op))
      roots.push_back(op);
  });
  for (Operation *op : roots) {
    if (deviceCallee(op)) {
      // Results of device-convention calls are device buffers the caller
      // owns.
      for (Value r : op->getResults()) {
        bool written = false;
        if (!isa<MemRefType>(r.getType()))
          continue;
        if (failed(moveRoot(r, &written, /*forced=*/true)))
          return signalPassFailure();
        deviceRoots.insert(r);
      }
      continue;
    }
    Value root = op->getResult(0);
    bool written = false;
    bool device = llvm::any_of(usesThroughViews(root), [](OpOperand *u) {
      bool w = false;
      return isDeviceUse(*u, &w);
    });
    if (failed(moveRoot(root, &written)))
      return signalPassFailure();
    if (!device)
      continue;
    OpBuilder b(op);
    if (auto alloc = dyn_cast<memref::AllocOp>(op)) {
      Value dev = createDeviceAlloc(b, alloc.getLoc(), alloc.getType(),
                                    alloc.getDynamicSizes());
      alloc.replaceAllUsesWith(dev);
      deadOps.insert(alloc);
      deviceRoots.insert(dev);
      ++numDeviceBuffers;
      continue;
    }
    if (op->getBlock() != &entry)
      return (void)op->emitError("a constant GPU code reads must be "
                                 "materialized in the entry block"),
             signalPassFailure();
    b.setInsertionPointAfter(op);
    copyIn(root, b, /*written=*/false);
  }

  for (Operation *op : deadOps)
    op->erase();
  SmallVector<func::ReturnOp> returns;
  func.walk([&](func::ReturnOp r) { returns.push_back(r); });
  for (func::ReturnOp r : returns)
    if (failed(rewriteReturn(r, entryPoint)))
      return signalPassFailure();
}

} // namespace
