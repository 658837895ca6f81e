/// Every method name rustc 1.95's standard library documents for the types whose whole method
/// set memtutor knows, taken from the installed documentation (`id="method.NAME"` and
/// `id="tymethod.NAME"`, inherent, trait and blanket impls alike). A name outside a type's set is
/// rustc's E0599 ("no method named … found"); a name inside it that memtutor does not run stays
/// "not supported by memtutor yet". Integer sets are the union over their signedness, so a name
/// only some widths have is refused rather than called an error.
package enum StandardMethodNames {
  /// `str` (std/primitive.str.html).
  package static let str: Set<String> = names(
    """
    add add_assign as_ascii as_ascii_unchecked as_bytes as_bytes_mut as_mut as_mut_ptr as_ptr as_ref
    as_str as_utf8_pattern borrow borrow_mut bytes ceil_char_boundary char_indices chars clone
    clone_from clone_into clone_to_uninit cmp concat contains default encode_utf16 ends_with eq
    eq_ignore_ascii_case escape_debug escape_default escape_unicode extend extend_one extend_reserve
    find floor_char_boundary fmt from from_iter from_utf8 from_utf8_mut from_utf8_unchecked
    from_utf8_unchecked_mut ge get get_mut get_unchecked get_unchecked_mut gt hash index index_mut
    into_boxed_bytes into_searcher into_string is_ascii is_char_boundary is_contained_in is_empty
    is_prefix_of is_suffix_of join le len lines lines_any lt make_ascii_lowercase make_ascii_uppercase
    match_indices matches ne parse partial_cmp repeat replace replacen rfind rmatch_indices rmatches
    rsplit rsplit_once rsplit_terminator rsplitn slice_mut_unchecked slice_unchecked split
    split_ascii_whitespace split_at split_at_checked split_at_mut split_at_mut_checked split_inclusive
    split_once split_terminator split_whitespace splitn starts_with strip_circumfix strip_prefix
    strip_prefix_of strip_suffix strip_suffix_of substr_range to_ascii_lowercase to_ascii_uppercase
    to_lowercase to_owned to_socket_addrs to_string to_uppercase trim trim_ascii trim_ascii_end
    trim_ascii_start trim_end trim_end_matches trim_left trim_left_matches trim_matches trim_prefix
    trim_right trim_right_matches trim_start trim_start_matches trim_suffix try_from type_id
    """)

  /// `String`, with `str`'s through `Deref` (std/string/struct.String.html).
  package static let string: Set<String> = names(
    """
    add add_assign as_ascii as_ascii_unchecked as_bytes as_bytes_mut as_mut as_mut_ptr as_mut_str
    as_mut_vec as_ptr as_ref as_str as_utf8_pattern borrow borrow_mut bytes capacity ceil_char_boundary
    char_indices chars clamp clear clone clone_from clone_into clone_to_uninit cmp contains default
    deref deref_mut drain encode_utf16 ends_with eq eq_ignore_ascii_case escape_debug escape_default
    escape_unicode extend extend_from_within extend_one extend_reserve find floor_char_boundary fmt from
    from_iter from_raw_parts from_str from_utf16 from_utf16_lossy from_utf16be from_utf16be_lossy
    from_utf16le from_utf16le_lossy from_utf8 from_utf8_lossy from_utf8_lossy_owned from_utf8_unchecked
    ge get get_mut get_unchecked get_unchecked_mut gt hash hash_slice index index_mut insert insert_str
    into into_boxed_str into_bytes into_chars into_raw_parts into_searcher is_ascii is_char_boundary
    is_contained_in is_empty is_prefix_of is_suffix_of le leak len lines lines_any lt
    make_ascii_lowercase make_ascii_uppercase match_indices matches max min ne new parse partial_cmp pop
    push push_str remove remove_matches repeat replace replace_first replace_last replace_range replacen
    reserve reserve_exact retain rfind rmatch_indices rmatches rsplit rsplit_once rsplit_terminator
    rsplitn shrink_to shrink_to_fit slice_mut_unchecked slice_unchecked split split_ascii_whitespace
    split_at split_at_checked split_at_mut split_at_mut_checked split_inclusive split_off split_once
    split_terminator split_whitespace splitn starts_with strip_circumfix strip_prefix strip_prefix_of
    strip_suffix strip_suffix_of substr_range to_ascii_lowercase to_ascii_uppercase to_lowercase
    to_owned to_socket_addrs to_string to_uppercase trim trim_ascii trim_ascii_end trim_ascii_start
    trim_end trim_end_matches trim_left trim_left_matches trim_matches trim_prefix trim_right
    trim_right_matches trim_start trim_start_matches trim_suffix truncate try_from try_into try_reserve
    try_reserve_exact try_with_capacity type_id with_capacity write_char write_fmt write_str
    """)

  /// `Vec<T>`, with the slice's through `Deref` (std/vec/struct.Vec.html).
  package static let vec: Set<String> = names(
    """
    align_to align_to_mut allocator append array_windows as_array as_chunks as_chunks_mut
    as_chunks_unchecked as_chunks_unchecked_mut as_mut as_mut_array as_mut_ptr as_mut_ptr_range
    as_mut_slice as_non_null as_ptr as_ptr_range as_rchunks as_rchunks_mut as_ref as_simd as_simd_mut
    as_slice binary_search binary_search_by binary_search_by_key borrow borrow_mut by_ref capacity
    chunk_by chunk_by_mut chunks chunks_exact chunks_exact_mut chunks_mut clamp clear clone clone_from
    clone_from_slice clone_into clone_to_uninit cmp concat connect const_make_global contains
    copy_from_slice copy_within dedup dedup_by dedup_by_key default deref deref_mut drain drop
    element_offset ends_with eq extend extend_from_slice extend_from_within extend_one extend_reserve
    extract_if fill fill_with first first_chunk first_chunk_mut first_mut flush fmt from from_fn
    from_iter from_parts from_parts_in from_raw_parts from_raw_parts_in ge get get_disjoint_mut
    get_disjoint_unchecked_mut get_mut get_unchecked get_unchecked_mut gt hash hash_slice index
    index_mut insert insert_mut into into_boxed_slice into_chunks into_flattened into_iter into_parts
    into_parts_with_alloc into_raw_parts into_raw_parts_with_alloc is_empty is_sorted is_sorted_by
    is_sorted_by_key is_write_vectored iter iter_mut join last last_chunk last_chunk_mut last_mut le
    leak len lt max min ne new new_in partial_cmp partial_sort_unstable partial_sort_unstable_by
    partial_sort_unstable_by_key partition_dedup partition_dedup_by partition_dedup_by_key
    partition_point peek_mut pop pop_if push push_mut push_within_capacity rchunks rchunks_exact
    rchunks_exact_mut rchunks_mut recycle remove repeat reserve reserve_exact resize resize_with retain
    retain_mut reverse rotate_left rotate_right rsplit rsplit_mut rsplit_once rsplitn rsplitn_mut
    select_nth_unstable select_nth_unstable_by select_nth_unstable_by_key set_len shift_left shift_right
    shrink_to shrink_to_fit sort sort_by sort_by_cached_key sort_by_key sort_unstable sort_unstable_by
    sort_unstable_by_key spare_capacity_mut splice split split_at split_at_checked split_at_mut
    split_at_mut_checked split_at_mut_unchecked split_at_spare_mut split_at_unchecked split_first
    split_first_chunk split_first_chunk_mut split_first_mut split_inclusive split_inclusive_mut
    split_last split_last_chunk split_last_chunk_mut split_last_mut split_mut split_off split_off_first
    split_off_first_mut split_off_last split_off_last_mut split_off_mut split_once splitn splitn_mut
    starts_with strip_circumfix strip_prefix strip_suffix subslice_range swap swap_remove swap_unchecked
    swap_with_slice to_owned to_vec to_vec_in trim_prefix trim_suffix truncate try_from try_into
    try_remove try_reserve try_reserve_exact try_shrink_to try_shrink_to_fit try_with_capacity
    try_with_capacity_in type_id windows with_capacity with_capacity_in write write_all
    write_all_vectored write_fmt write_vectored
    """)

  /// `Vec`'s methods that change its length or capacity, which neither arrays nor slices have
  /// in any form (stable or not): the E0599 a learner meets calling `push` on an array.
  package static let vecOnly: Set<String> = names(
    """
    append capacity clear dedup dedup_by dedup_by_key drain extend extend_from_slice insert pop push
    reserve reserve_exact resize resize_with retain retain_mut shrink_to shrink_to_fit swap_remove
    truncate
    """)

  /// `Option<T>` (std/option/enum.Option.html), and its private `len` (rustc's E0624, not E0599).
  package static let option: Set<String> = names(
    """
    and and_then as_deref as_deref_mut as_mut as_mut_slice as_pin_mut as_pin_ref as_ref as_slice borrow
    borrow_mut branch clamp clone clone_from clone_into clone_to_uninit cloned cmp copied default eq
    expect filter flatten flatten_mut flatten_ref fmt from from_iter from_output from_residual ge
    get_or_insert get_or_insert_default get_or_insert_with get_or_try_insert_with gt hash hash_slice
    insert inspect into into_flat_iter into_iter is_none is_none_or is_some is_some_and iter iter_mut le
    lt map map_or map_or_default map_or_else max min ne ok_or ok_or_else or or_else partial_cmp product
    reduce replace sum take take_if to_owned transpose try_from try_into type_id unwrap unwrap_or
    unwrap_or_default unwrap_or_else unwrap_unchecked unzip xor zip zip_with len
    """)

  /// every signed integer type together (std/primitive.i8.html … isize).
  package static let signedInteger: Set<String> = names(
    """
    abs abs_diff add add_assign backward backward_checked backward_unchecked bitand bitand_assign bitor
    bitor_assign bitxor bitxor_assign borrow borrow_mut borrowing_sub carrying_add carrying_mul
    carrying_mul_add cast_unsigned checked_abs checked_add checked_add_unsigned checked_div
    checked_div_euclid checked_div_exact checked_ilog checked_ilog10 checked_ilog2 checked_isqrt
    checked_mul checked_neg checked_next_multiple_of checked_pow checked_rem checked_rem_euclid
    checked_shl checked_shr checked_sub checked_sub_unsigned clamp clamp_magnitude clone clone_from
    clone_into clone_to_uninit cmp count_ones count_zeros default disjoint_bitor div div_assign div_ceil
    div_euclid div_exact div_floor eq fmt format_into forward forward_checked forward_unchecked from
    from_ascii from_ascii_radix from_be from_be_bytes from_le from_le_bytes from_ne_bytes from_str
    from_str_radix ge gt hash hash_slice highest_one ilog ilog10 ilog2 into is_negative is_positive
    isolate_highest_one isolate_lowest_one isqrt le leading_ones leading_zeros lowest_one lt max
    max_value midpoint min min_value mul mul_assign ne neg next_multiple_of not overflowing_abs
    overflowing_add overflowing_add_unsigned overflowing_div overflowing_div_euclid overflowing_mul
    overflowing_neg overflowing_pow overflowing_rem overflowing_rem_euclid overflowing_shl
    overflowing_shr overflowing_sub overflowing_sub_unsigned partial_cmp pow product rem rem_assign
    rem_euclid reverse_bits rotate_left rotate_right sample saturating_abs saturating_add
    saturating_add_unsigned saturating_div saturating_mul saturating_neg saturating_pow saturating_sub
    saturating_sub_unsigned shl shl_assign shl_exact shr shr_assign shr_exact signum steps_between
    strict_abs strict_add strict_add_unsigned strict_div strict_div_euclid strict_mul strict_neg
    strict_pow strict_rem strict_rem_euclid strict_shl strict_shr strict_sub strict_sub_unsigned sub
    sub_assign sub_one sum swap_bytes to_be to_be_bytes to_le to_le_bytes to_ne_bytes to_owned to_string
    trailing_ones trailing_zeros try_from try_into type_id unbounded_shl unbounded_shr unchecked_add
    unchecked_div_exact unchecked_mul unchecked_neg unchecked_shl unchecked_shl_exact unchecked_shr
    unchecked_shr_exact unchecked_sub unsigned_abs widening_mul wrapping_abs wrapping_add
    wrapping_add_unsigned wrapping_div wrapping_div_euclid wrapping_mul wrapping_neg wrapping_pow
    wrapping_rem wrapping_rem_euclid wrapping_shl wrapping_shr wrapping_sub wrapping_sub_unsigned
    """)

  /// every unsigned integer type together (std/primitive.u8.html … usize).
  package static let unsignedInteger: Set<String> = names(
    """
    abs_diff add add_assign as_ascii as_ascii_unchecked backward backward_checked backward_unchecked
    bit_width bitand bitand_assign bitor bitor_assign bitxor bitxor_assign borrow borrow_mut
    borrowing_sub carrying_add carrying_carryless_mul carrying_mul carrying_mul_add carryless_mul
    cast_signed checked_add checked_add_signed checked_div checked_div_euclid checked_div_exact
    checked_ilog checked_ilog10 checked_ilog2 checked_mul checked_neg checked_next_multiple_of
    checked_next_power_of_two checked_pow checked_rem checked_rem_euclid checked_shl checked_shr
    checked_signed_diff checked_sub checked_sub_signed clamp clone clone_from clone_into clone_to_uninit
    cmp count_ones count_zeros default deposit_bits disjoint_bitor div div_assign div_ceil div_euclid
    div_exact div_floor eq eq_ignore_ascii_case escape_ascii extract_bits fmt format_into forward
    forward_checked forward_unchecked from from_ascii from_ascii_radix from_be from_be_bytes from_iter
    from_le from_le_bytes from_ne_bytes from_str from_str_radix funnel_shl funnel_shr ge get get_mut
    get_unchecked get_unchecked_mut gt hash hash_slice highest_one ilog ilog10 ilog2 index index_mut
    into is_ascii is_ascii_alphabetic is_ascii_alphanumeric is_ascii_control is_ascii_digit
    is_ascii_graphic is_ascii_hexdigit is_ascii_lowercase is_ascii_octdigit is_ascii_punctuation
    is_ascii_uppercase is_ascii_whitespace is_in_bounds is_multiple_of is_overlapping is_power_of_two
    is_utf16_surrogate isolate_highest_one isolate_lowest_one isqrt le leading_ones leading_zeros
    lowest_one lt make_ascii_lowercase make_ascii_uppercase max max_value midpoint min min_value mul
    mul_assign ne next_multiple_of next_power_of_two not overflowing_add overflowing_add_signed
    overflowing_div overflowing_div_euclid overflowing_mul overflowing_neg overflowing_pow
    overflowing_rem overflowing_rem_euclid overflowing_shl overflowing_shr overflowing_sub
    overflowing_sub_signed partial_cmp pow product rem rem_assign rem_euclid reverse_bits rotate_left
    rotate_right sample saturating_add saturating_add_signed saturating_div saturating_mul
    saturating_pow saturating_sub saturating_sub_signed select shl shl_assign shl_exact shr shr_assign
    shr_exact steps_between strict_add strict_add_signed strict_div strict_div_euclid strict_mul
    strict_neg strict_pow strict_rem strict_rem_euclid strict_shl strict_shr strict_sub
    strict_sub_signed sub sub_assign sub_one sum swap_bytes to_ascii_lowercase to_ascii_uppercase to_be
    to_be_bytes to_le to_le_bytes to_ne_bytes to_owned to_string trailing_ones trailing_zeros try_from
    try_into type_id unbounded_shl unbounded_shr unchecked_add unchecked_disjoint_bitor
    unchecked_div_exact unchecked_funnel_shl unchecked_funnel_shr unchecked_mul unchecked_shl
    unchecked_shl_exact unchecked_shr unchecked_shr_exact unchecked_sub widening_carryless_mul
    widening_mul wrapping_add wrapping_add_signed wrapping_div wrapping_div_euclid wrapping_mul
    wrapping_neg wrapping_next_power_of_two wrapping_pow wrapping_rem wrapping_rem_euclid wrapping_shl
    wrapping_shr wrapping_sub wrapping_sub_signed
    """)

  /// `&T` itself (std/primitive.reference.html): `max`, `cmp`, `clone` on a reference.
  package static let reference: Set<String> = names(
    """
    eq ge gt le lt ne partial_cmp
    """)

  /// The `Iterator` trait's provided methods (std/iter/trait.Iterator.html), which every
  /// iterator has.
  package static let iterator: Set<String> = names(
    """
    advance_by all any array_chunks by_ref chain cloned cmp cmp_by collect collect_into copied count
    cycle enumerate eq eq_by filter filter_map find find_map flat_map flatten fold for_each fuse ge
    gt inspect intersperse intersperse_with is_partitioned is_sorted is_sorted_by is_sorted_by_key
    last le lt map map_while map_windows max max_by max_by_key min min_by min_by_key ne next
    next_chunk nth partial_cmp partial_cmp_by partition partition_in_place peekable position
    product reduce rev rposition scan size_hint skip skip_while step_by sum take take_while
    try_collect try_find try_fold try_for_each try_reduce unzip zip
    """)

  /// `std::sync::Mutex<T>` (std/sync/struct.Mutex.html).
  package static let mutex: Set<String> = names(
    """
    borrow borrow_mut clear_poison data_ptr default fmt from get_cloned get_mut into into_inner
    is_poisoned lock new replace set try_from try_into try_lock type_id
    """)

  /// `std::sync::RwLock<T>` (std/sync/struct.RwLock.html).
  package static let rwLock: Set<String> = names(
    """
    borrow borrow_mut clear_poison data_ptr default fmt from get_cloned get_mut into into_inner
    is_poisoned new read replace set try_from try_into try_read try_write type_id write
    """)

  private static func names(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
  }
}
