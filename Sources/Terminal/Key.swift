/// A key press, decoded from the terminal.
package enum Key: Sendable, Hashable {
  case character(Character)
  case enter
  case escape
  case backspace
  case tab
  case up, down, left, right
  case home, end
  case pageUp, pageDown
  case delete
  case function(Int)
}
