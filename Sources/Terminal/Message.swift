/// Everything that can change the app's state: the Elm-style input of `update`.
package enum Message: Sendable, Equatable {
  case key(Key)
  /// Animation clock: seconds since the app started.
  case tick(Double)
  case resize(width: Int, height: Int)
}
