import Terminal

/// Keys. A key pressed while an animation runs finishes it at once and then does its usual
/// job, so a presenter's clicker moves one step per press however fast it is pressed.
extension TutorState {
  mutating func handle(_ key: Key) -> Bool {
    if session.animation != nil {
      session.animation = nil
      lastAutoplayMove = now
    }
    if showsHelp {
      switch key {
      case .character("?"), .escape: showsHelp = false
      case .character("q"): return quit()
      default: break
      }
      return true
    }
    if !jumpInput.isEmpty, let handled = handleJumpInput(key) {
      return handled
    }
    switch key {
    case .right, .character("l"), .character("n"), .character(" "), .enter, .pageDown:
      move(to: session.position + 1)
    case .left, .character("h"), .character("p"), .backspace, .pageUp:
      move(to: session.position - 1)
    case .home, .character("g"):
      move(to: 0)
    case .end, .character("G"):
      move(to: session.lastPosition)
    case .character("o"):
      move(to: session.stepOverTarget())
    case .character("u"):
      move(to: session.stepOutTarget())
    case .character("a"):
      isAutoplaying.toggle()
      lastAutoplayMove = isAutoplaying ? nil : lastAutoplayMove
    case .character("+"), .character("="):
      changeSpeed(by: 1)
    case .character("-"):
      changeSpeed(by: -1)
    case .character("?"):
      showsHelp = true
    case .character("q"), .escape:
      return quit()
    case .character(let character) where character.isASCII && character.isNumber:
      jumpInput = String(character)
    default:
      break
    }
    return true
  }

  /// Keys while a step number is being typed; nil hands the key on to the normal handling.
  private mutating func handleJumpInput(_ key: Key) -> Bool? {
    switch key {
    case .character(let character) where character.isASCII && character.isNumber:
      if jumpInput.count < 9 { jumpInput.append(character) }
      return true
    case .backspace:
      jumpInput.removeLast()
      return true
    case .enter:
      // Steps are numbered from 1 on screen.
      let target = (Int(jumpInput) ?? 1) - 1
      jumpInput = ""
      move(to: target)
      return true
    case .escape:
      jumpInput = ""
      return true
    default:
      jumpInput = ""
      return nil
    }
  }

  private mutating func changeSpeed(by direction: Int) {
    let speeds = TutorOptions.speeds
    let current = speeds.firstIndex { $0 >= options.speed } ?? speeds.count - 1
    let next = min(max(current + direction, 0), speeds.count - 1)
    options.speed = speeds[next]
  }
}
