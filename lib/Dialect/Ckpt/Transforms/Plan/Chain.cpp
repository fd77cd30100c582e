//===- Chain.cpp - a function body as a chain of cut points ---------------===//

#include "Chain.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"

using namespace mlir;
using namespace mlir::ckpt;

bool OpChain::isLegalRegion(unsigned begin, unsigned end) const {
  if (begin >= end)
    return false;
  for (unsigned u = begin; u < end; ++u)
    if (scalarDef[u] < static_cast<int64_t>(begin) ||
        scalarUse[u] >= static_cast<int64_t>(end))
      return false;
  return true;
}

int64_t OpChain::totalAct() const {
  int64_t total = 0;
  for (int64_t bytes : actBytes)
    total += bytes;
  return total;
}

/// Values that never become a heap buffer of their own.
static bool allocatesNothing(Operation *op) {
  return isa<tensor::EmptyOp>(op) || op->hasTrait<OpTrait::ConstantLike>();
}

OpChain mlir::ckpt::buildOpChain(func::FuncOp func, CostModel &costs,
                                 const TargetSpec &target,
                                 unsigned maxUnits) {
  Block &body = func.getBody().front();
  SmallVector<Operation *> ops;
  for (Operation &op : body.without_terminator())
    ops.push_back(&op);
  unsigned numOps = ops.size();
  unsigned numUnits = std::min<unsigned>(numOps, std::max(1u, maxUnits));

  OpChain chain;
  DenseMap<Operation *, unsigned> unitOf;
  for (unsigned i = 0; i < numOps; ++i) {
    // Equal op counts per unit: unit u holds ops [u*n/U, (u+1)*n/U).
    unsigned unit = static_cast<unsigned>(
        (static_cast<uint64_t>(i) * numUnits) / std::max(1u, numOps));
    if (unit >= chain.units.size())
      chain.units.emplace_back();
    chain.units[unit].push_back(ops[i]);
    unitOf[ops[i]] = unit;
  }
  unsigned n = chain.units.size();
  chain.actBytes.assign(n, 0);
  chain.seconds.assign(n, 0);
  chain.flops.assign(n, 0);
  chain.scalarDef.assign(n, n);
  chain.scalarUse.resize(n);
  for (unsigned u = 0; u < n; ++u)
    chain.scalarUse[u] = u;
  SmallVector<int64_t> delta(n + 2, 0);

  auto unitOfUser = [&](Operation *user) -> unsigned {
    Operation *anchor = body.findAncestorOpInBlock(*user);
    if (!anchor || anchor == body.getTerminator())
      return n;
    return unitOf.lookup(anchor);
  };

  for (unsigned u = 0; u < n; ++u) {
    for (Operation *op : chain.units[u]) {
      OpCost cost = costs.getCost(op);
      chain.flops[u] += cost.flops;
      chain.seconds[u] += target.seconds(cost);
      // Non-tensor operands a region would have to carry.
      op->walk([&](Operation *nested) {
        for (Value operand : nested->getOperands()) {
          if (isa<TensorType>(operand.getType()))
            continue;
          Operation *def = operand.getDefiningOp();
          if (def && def->hasTrait<OpTrait::ConstantLike>())
            continue;
          if (!def) {
            if (cast<BlockArgument>(operand).getOwner() == &body)
              chain.scalarDef[u] = -1;
            continue;
          }
          Operation *anchor = body.findAncestorOpInBlock(*def);
          if (anchor && anchor != op)
            chain.scalarDef[u] =
                std::min<int64_t>(chain.scalarDef[u], unitOf.lookup(anchor));
        }
      });
      for (Value result : op->getResults()) {
        bool isTensor = isa<TensorType>(result.getType());
        if (!isTensor) {
          if (op->hasTrait<OpTrait::ConstantLike>())
            continue;
          for (Operation *user : result.getUsers())
            chain.scalarUse[u] =
                std::max<int64_t>(chain.scalarUse[u], unitOfUser(user));
          continue;
        }
        if (allocatesNothing(op))
          continue;
        int64_t bytes = shapedBytes(result.getType());
        chain.actBytes[u] += bytes;
        unsigned last = u;
        for (Operation *user : result.getUsers())
          last = std::max(last, unitOfUser(user));
        // Live across cuts u+1 .. last.
        delta[u + 1] += bytes;
        delta[last + 1] -= bytes;
      }
    }
  }
  chain.cutBytes.assign(n + 1, 0);
  int64_t running = 0;
  for (unsigned k = 0; k <= n; ++k) {
    running += delta[k];
    chain.cutBytes[k] = running;
  }
  return chain;
}
