//===- CallTree.cpp - clone a function with the functions it calls --------===//

#include "CallTree.h"

#include "llvm/ADT/MapVector.h"

using namespace mlir;

FailureOr<SmallVector<func::FuncOp>>
mlir::ckpt::cloneCallTree(SymbolTable &symbols, func::FuncOp root,
                          StringRef suffix) {
  // Reachable functions with a body, root first.
  llvm::MapVector<func::FuncOp, func::FuncOp> cloneOf;
  SmallVector<func::FuncOp> worklist = {root};
  cloneOf[root] = nullptr;
  while (!worklist.empty()) {
    func::FuncOp func = worklist.pop_back_val();
    WalkResult walk = func.walk([&](func::CallOp call) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      if (!callee) {
        call.emitOpError("'") << call.getCallee()
                              << "' does not reference a valid func.func";
        return WalkResult::interrupt();
      }
      if (!callee.isExternal() && !cloneOf.count(callee)) {
        cloneOf[callee] = nullptr;
        worklist.push_back(callee);
      }
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
  }
  SmallVector<func::FuncOp> clones;
  for (auto &[func, clone] : cloneOf) {
    clone = func.clone();
    clone.setSymName((func.getSymName() + suffix).str());
    clone.setPrivate();
    symbols.insert(clone, std::next(Block::iterator(func)));
    clones.push_back(clone);
  }
  for (func::FuncOp clone : clones)
    clone.walk([&](func::CallOp call) {
      auto callee = symbols.lookup<func::FuncOp>(call.getCallee());
      auto it = cloneOf.find(callee);
      if (it != cloneOf.end())
        call.setCallee(it->second.getSymName());
    });
  return clones;
}

void mlir::ckpt::updateFunctionType(func::FuncOp func) {
  SmallVector<Type> results;
  func.walk([&](func::ReturnOp ret) {
    if (ret->getParentOp() == func && results.empty())
      llvm::append_range(results, ret.getOperandTypes());
  });
  if (results.empty())
    llvm::append_range(results, func.getResultTypes());
  func.setFunctionType(FunctionType::get(
      func.getContext(), func.getBody().front().getArgumentTypes(), results));
}
