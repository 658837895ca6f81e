import MemoryModel

/// Animation frames as pure functions of a transition and a progress from 0 to 1.
package enum Animation {
  /// Frames per second the terminal loop aims for; `render --frame K` uses the same clock.
  package static let framesPerSecond = 30.0

  package static func frame(for transition: Transition, progress: Double) -> AnimationFrame {
    var frame = AnimationFrame()
    let progress = min(max(progress, 0), 1)
    guard progress < 1 else { return frame }
    let total = transition.duration
    let elapsed = progress * total
    var start = 0.0
    for effect in transition.effects {
      let length = Transition.duration(of: effect)
      let local: Double
      if length == 0 {
        local = elapsed > start ? 1 : 0
      } else {
        local = min(max((elapsed - start) / length, 0), 1)
      }
      apply(effect, local: local, to: &frame)
      start += length
    }
    return frame
  }

  /// How many frames an animation of `transition` has at `speed`.
  package static func frameCount(for transition: Transition, speed: Double) -> Int {
    max(1, Int((transition.duration / max(speed, 0.01) * framesPerSecond).rounded(.up)))
  }

  /// Slow in, slow out.
  package static func smooth(_ value: Double) -> Double {
    let clamped = min(max(value, 0), 1)
    return clamped * clamped * (3 - 2 * clamped)
  }

  private static func apply(_ effect: Transition.Effect, local: Double, to frame: inout AnimationFrame) {
    switch effect {
    case .push(let frameID):
      if local < 1 { frame.frameReveal[frameID] = smooth(local) }
    case .pop(let popped):
      if local < 1 {
        frame.departing = AnimationFrame.DepartingFrame(frame: popped, remaining: 1 - smooth(local))
      }
    case .write(let ref, let previous):
      if local < 1 {
        frame.slotOverrides[ref] = previous ?? FrameState.Slot(value: .uninitialized, status: .uninitialized)
      } else {
        frame.slotHighlights.insert(ref)
      }
    case .moveOut(let ref, let value):
      if local < 0.5 { frame.slotOverrides[ref] = FrameState.Slot(value: value, status: .live) }
      frame.slotHighlights.insert(ref)
    case .allocate(let blockID, let count):
      if local < 1 {
        frame.blockHighlights.insert(blockID)
        if count > 1 {
          // The box appears, then the bytes are copied in one by one.
          frame.blockReveal[blockID] = smooth(min(1, local / 0.35))
          frame.copiedCount[blockID] = min(count, Int(max(0, local - 0.35) / 0.6 * Double(count + 1)))
        } else {
          frame.blockReveal[blockID] = smooth(local)
        }
      }
    case .reallocateMoved(let from, let to, let count, let owner, let ownerPrevious):
      applyReallocation(
        from: from, to: to, count: count, owner: owner, ownerPrevious: ownerPrevious, local: local,
        to: &frame)
    case .resizeInPlace(let blockID, let fromCapacity, let toCapacity):
      if local < 1 {
        let stretched = Double(fromCapacity) + Double(toCapacity - fromCapacity) * smooth(local)
        frame.capacityOverride[blockID] = Int(stretched.rounded(.down))
        frame.blockHighlights.insert(blockID)
      }
    case .blockWrite(let blockID, let previous):
      if local < 0.5 {
        frame.contentsOverride[blockID] = previous
      } else if local < 1 {
        frame.blockHighlights.insert(blockID)
      }
    case .free(let blockID):
      if local < 1 { frame.fadingBlocks[blockID] = local }
    case .print(let index):
      if local < 1 { frame.outputCount = min(frame.outputCount ?? index, index) }
    case .overflow(let fromDepth, let toDepth, let outputBefore):
      applyOverflow(from: fromDepth, to: toDepth, outputBefore: outputBefore, local: local, to: &frame)
    case .threadSpawn, .threadSwitch, .threadFinish, .lock:
      applyThreadEffect(effect, local: local, to: &frame)
    }
  }

  // Phases of a moving reallocation (fractions of its time).
  package static let reallocationAppearEnd = 0.15
  package static let reallocationCopyEnd = 0.65
  package static let reallocationSwing = 0.725
  package static let reallocationFadeStart = 0.8

  private static func applyReallocation(
    from: Int, to: Int, count: Int, owner: SlotRef?, ownerPrevious: FrameState.Slot?, local: Double,
    to frame: inout AnimationFrame
  ) {
    guard local < 1 else { return }
    frame.blockHighlights.insert(to)
    if local < reallocationAppearEnd {
      frame.blockReveal[to] = smooth(local / reallocationAppearEnd)
      frame.copiedCount[to] = 0
    } else if local < reallocationCopyEnd {
      let copyProgress = (local - reallocationAppearEnd) / (reallocationCopyEnd - reallocationAppearEnd)
      frame.copiedCount[to] = min(count, Int(copyProgress * Double(count + 1)))
    } else {
      frame.copiedCount[to] = count
    }
    frame.fadingBlocks[from] =
      local < reallocationFadeStart ? 0 : (local - reallocationFadeStart) / (1 - reallocationFadeStart)
    if let owner {
      if local < reallocationSwing {
        if let ownerPrevious { frame.slotOverrides[owner] = ownerPrevious }
      } else {
        frame.slotHighlights.insert(owner)
      }
    }
  }

  // Phases of the overflow montage.
  package static let overflowPileEnd = 0.7
  package static let overflowFlashEnd = 0.86

  private static func applyOverflow(
    from fromDepth: Int, to toDepth: Int, outputBefore: Int, local: Double,
    to frame: inout AnimationFrame
  ) {
    guard local < 1 else { return }
    // One frame too big (no frames to pile up): the flash comes at once.
    let local = fromDepth < toDepth ? local : overflowPileEnd + local * (1 - overflowPileEnd)
    if local < overflowPileEnd {
      // Slow at first (frames visibly pile up), then the counter races to the limit.
      let x = local / overflowPileEnd
      let eased = x * x * x
      let depth = Double(fromDepth) + Double(toDepth - fromDepth) * eased
      frame.stackDepth = max(1, min(toDepth, Int(depth.rounded(.down))))
      frame.outputCount = outputBefore
    } else if local < overflowFlashEnd {
      let x = (local - overflowPileEnd) / (overflowFlashEnd - overflowPileEnd)
      frame.flash = Int(x * 4) % 2 == 0
      frame.outputCount = outputBefore
    } else {
      frame.flash = false
    }
  }
}
