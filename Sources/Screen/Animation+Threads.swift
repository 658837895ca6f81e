import MemoryModel

extension Animation {
  /// Phase of a switch at which the highlight leaves the old band for the new one.
  package static let threadSwitchArrival = 0.4
  /// Phase of a lock change at which the lock word and the guard show their new values.
  package static let lockTurn = 0.5

  static func applyThreadEffect(_ effect: Transition.Effect, local: Double, to frame: inout AnimationFrame) {
    guard local < 1 else { return }
    switch effect {
    case .threadSpawn(let number):
      frame.threadReveal[number] = smooth(local)
    case .threadFinish(let number):
      frame.threadReveal[number] = 1 - smooth(local)
      if local == 0 { frame.finishingLater.insert(number) }
    case .threadSwitch(let from, let to, let states):
      frame.threadSwitch = AnimationFrame.ThreadSwitch(
        from: from, to: to, states: states, arrived: local >= threadSwitchArrival)
    case .lock(let change):
      applyLock(change, local: local, to: &frame)
    default:
      break
    }
  }

  private static func applyLock(
    _ change: Transition.MutexChange, local: Double, to frame: inout AnimationFrame
  ) {
    // Before the turn (and while earlier effects of the step play) the mutex and the guard
    // show what they held before.
    if local < lockTurn {
      switch change.place {
      case .block(let blockID, let before): frame.contentsOverride[blockID] = before
      case .slot(let ref, let before): frame.slotOverrides[ref] = before
      }
      if let guardSlot = change.guardSlot, change.locked {
        frame.slotOverrides[guardSlot] =
          change.guardBefore ?? FrameState.Slot(value: .uninitialized, status: .uninitialized)
      }
    }
    guard local > 0 else { return }
    frame.lockChange = AnimationFrame.LockChange(thread: change.thread, locked: change.locked)
    switch change.place {
    case .block(let blockID, _): frame.blockHighlights.insert(blockID)
    case .slot(let ref, _): frame.slotHighlights.insert(ref)
    }
    if let guardSlot = change.guardSlot, local >= lockTurn || !change.locked {
      frame.slotHighlights.insert(guardSlot)
    }
  }
}
