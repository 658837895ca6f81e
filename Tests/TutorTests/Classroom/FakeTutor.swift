import Screen
import Terminal

@testable import Tutor

/// A stand-in tutor for session tests: steps through `stepCount` steps with the arrow keys,
/// Home/End and "number, Enter", and draws "step k of N" on its first row.
struct FakeTutor: LessonTutor {
  var currentStep = 0
  let stepCount: Int
  var typed = ""
  var lastSize: (width: Int, height: Int)?
  var exitStatus: Int32 = 0
  var wantsTicks: Bool { false }
  var isTypingStep: Bool { !typed.isEmpty }
  var narrationInFull: String { "Narration of step \(currentStep + 1), which is long." }

  init(stepCount: Int) {
    self.stepCount = stepCount
  }

  mutating func jump(to step: Int) {
    currentStep = min(max(0, step), stepCount - 1)
  }

  mutating func update(_ message: Message) -> Bool {
    switch message {
    case .resize(let width, let height): lastSize = (width, height)
    case .tick: break
    case .key(let key):
      switch key {
      case .character(let character) where character.isNumber:
        typed.append(character)
        return true
      case .right, .pageDown, .character(" "), .character("n"): jump(to: currentStep + 1)
      case .enter:
        if let number = Int(typed) { jump(to: number - 1) } else { jump(to: currentStep + 1) }
      case .left, .pageUp, .character("p"): jump(to: currentStep - 1)
      case .home: jump(to: 0)
      case .end: jump(to: stepCount - 1)
      case .escape where !typed.isEmpty: break
      case .character("q"), .escape: return false
      default: break
      }
      typed = ""
    }
    return true
  }

  func view(width: Int, height: Int, settings: PresenterSettings) -> ScreenBuffer {
    var buffer = view(width: width, height: height)
    let mode = [settings.presenting ? "presenting" : nil, settings.zoom.map { "zoom \($0.rawValue)" }]
    buffer.put(mode.compactMap { $0 }.joined(separator: ", "), x: 0, y: 1)
    return buffer
  }

  func view(width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    buffer.put("step \(currentStep + 1) of \(stepCount)", x: 0, y: 0)
    return buffer
  }
}
