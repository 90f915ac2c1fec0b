//! What CPython 3.11.7 has, read from the interpreter by
//! `scripts/closed_world.py`: do not edit; rerun the script.
//! `tests/closed_world.rs` fails when this disagrees with `python3`.

use super::Names;

/// The builtins module's names, in its dict's order.
pub(super) const BUILTINS: Names = Names("__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash hex id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview bytearray bytes classmethod complex dict enumerate filter float frozenset property int list map object range reversed set slice staticmethod str super tuple type zip __debug__ BaseException BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError NameError OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError TypeError ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning BlockingIOError ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError RecursionError UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ExceptionGroup EnvironmentError IOError open quit exit copyright credits license help");

/// `dir()` of each module a program may import. (Those that come
/// with asyncio's module only: Code mode's first module refuses
/// importing them as needing it, and never asks.)
pub(super) const MODULES: &[(&str, Names)] = &[
    ("asyncio", Names("ALL_COMPLETED AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer Barrier BaseEventLoop BaseProtocol BaseTransport BoundedSemaphore BrokenBarrierError BufferedProtocol CancelledError Condition DatagramProtocol DatagramTransport DefaultEventLoopPolicy Event FIRST_COMPLETED FIRST_EXCEPTION FastChildWatcher Future Handle IncompleteReadError InvalidStateError LifoQueue LimitOverrunError Lock MultiLoopChildWatcher PidfdChildWatcher PriorityQueue Protocol Queue QueueEmpty QueueFull ReadTransport Runner SafeChildWatcher SelectorEventLoop Semaphore SendfileNotAvailableError Server StreamReader StreamReaderProtocol StreamWriter SubprocessProtocol SubprocessTransport Task TaskGroup ThreadedChildWatcher Timeout TimeoutError TimerHandle Transport WriteTransport __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __path__ __spec__ _enter_task _get_running_loop _leave_task _register_task _set_running_loop _unregister_task all_tasks as_completed base_events base_futures base_subprocess base_tasks constants coroutines create_subprocess_exec create_subprocess_shell create_task current_task ensure_future events exceptions format_helpers futures gather get_child_watcher get_event_loop get_event_loop_policy get_running_loop iscoroutine iscoroutinefunction isfuture locks log mixins new_event_loop open_connection open_unix_connection protocols queues run run_coroutine_threadsafe runners selector_events set_child_watcher set_event_loop set_event_loop_policy shield sleep sslproto staggered start_server start_unix_server streams subprocess sys taskgroups tasks threads timeout timeout_at timeouts to_thread transports trsock unix_events wait wait_for wrap_future")),
    ("time", Names("CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI CLOCK_THREAD_CPUTIME_ID _STRUCT_TM_ITEMS __doc__ __loader__ __name__ __package__ __spec__ altzone asctime clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns ctime daylight get_clock_info gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns process_time process_time_ns pthread_getcpuclockid sleep strftime strptime struct_time thread_time thread_time_ns time time_ns timezone tzname tzset")),
    ("functools", Names("GenericAlias RLock WRAPPER_ASSIGNMENTS WRAPPER_UPDATES _CacheInfo _HashedSeq _NOT_FOUND __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__ _c3_merge _c3_mro _compose_mro _convert _find_impl _ge_from_gt _ge_from_le _ge_from_lt _gt_from_ge _gt_from_le _gt_from_lt _initial_missing _le_from_ge _le_from_gt _le_from_lt _lru_cache_wrapper _lt_from_ge _lt_from_gt _lt_from_le _make_key _unwrap_partial cache cached_property cmp_to_key get_cache_token lru_cache namedtuple partial partialmethod recursive_repr reduce singledispatch singledispatchmethod total_ordering update_wrapper wraps")),
    #[cfg(feature = "asyncio-py")]
    ("random", Names("BPF LOG4 NV_MAGICCONST RECIP_BPF Random SG_MAGICCONST SystemRandom TWOPI _ONE _Sequence _Set __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__ _accumulate _acos _bisect _ceil _cos _e _exp _floor _index _inst _isfinite _log _os _pi _random _repeat _sha512 _sin _sqrt _test _test_generator _urandom _warn betavariate choice choices expovariate gammavariate gauss getrandbits getstate lognormvariate normalvariate paretovariate randbytes randint random randrange sample seed setstate shuffle triangular uniform vonmisesvariate weibullvariate")),
    #[cfg(feature = "asyncio-py")]
    ("dataclasses", Names("Field FrozenInstanceError FunctionType GenericAlias InitVar KW_ONLY MISSING _DataclassParams _EMPTY_METADATA _FIELD _FIELDS _FIELD_BASE _FIELD_CLASSVAR _FIELD_INITVAR _HAS_DEFAULT_FACTORY _HAS_DEFAULT_FACTORY_CLASS _KW_ONLY_TYPE _MISSING_TYPE _MODULE_IDENTIFIER_RE _PARAMS _POST_INIT_NAME __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__ _add_slots _asdict_inner _astuple_inner _cmp_fn _create_fn _dataclass_getstate _dataclass_setstate _field_assign _field_init _fields_in_init_order _frozen_get_del_attr _get_field _get_slots _hash_action _hash_add _hash_exception _hash_fn _hash_set_none _init_fn _init_param _is_classvar _is_dataclass_instance _is_initvar _is_kw_only _is_type _process_class _recursive_repr _repr_fn _set_new_attribute _set_qualname _thread _tuple_str abc asdict astuple builtins copy dataclass field fields functools inspect is_dataclass itertools keyword make_dataclass re replace sys types")),
    #[cfg(feature = "asyncio-py")]
    ("heapq", Names("__about__ __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__ _heapify_max _heappop_max _heapreplace_max _siftdown _siftdown_max _siftup _siftup_max heapify heappop heappush heappushpop heapreplace merge nlargest nsmallest")),
    #[cfg(feature = "asyncio-py")]
    ("asyncio.exceptions", Names("BrokenBarrierError CancelledError IncompleteReadError InvalidStateError LimitOverrunError SendfileNotAvailableError TimeoutError __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__")),
    #[cfg(feature = "asyncio-py")]
    ("contextlib", Names("AbstractAsyncContextManager AbstractContextManager AsyncContextDecorator AsyncExitStack ContextDecorator ExitStack GenericAlias MethodType _AsyncGeneratorContextManager _BaseExitStack _GeneratorContextManager _GeneratorContextManagerBase _RedirectStream __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __spec__ _collections_abc abc aclosing asynccontextmanager chdir closing contextmanager deque nullcontext os redirect_stderr redirect_stdout suppress sys wraps")),
    #[cfg(feature = "asyncio-py")]
    ("itertools", Names("__doc__ __loader__ __name__ __package__ __spec__ _grouper _tee _tee_dataobject accumulate chain combinations combinations_with_replacement compress count cycle dropwhile filterfalse groupby islice pairwise permutations product repeat starmap takewhile tee zip_longest")),
    #[cfg(feature = "asyncio-py")]
    ("sys", Names("__breakpointhook__ __displayhook__ __doc__ __excepthook__ __interactivehook__ __loader__ __name__ __package__ __spec__ __stderr__ __stdin__ __stdout__ __unraisablehook__ _base_executable _clear_type_cache _current_exceptions _current_frames _debugmallocstats _framework _getframe _getquickenedcount _git _home _stdlib_dir _xoptions abiflags addaudithook api_version argv audit base_exec_prefix base_prefix breakpointhook builtin_module_names byteorder call_tracing copyright displayhook dont_write_bytecode exc_info excepthook exception exec_prefix executable exit flags float_info float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth get_int_max_str_digits getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount getsizeof getswitchinterval gettrace hash_info hexversion implementation int_info intern is_finalizing maxsize maxunicode meta_path modules orig_argv path path_hooks path_importer_cache platform platlibdir prefix pycache_prefix set_asyncgen_hooks set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile setrecursionlimit setswitchinterval settrace stderr stdin stdlib_module_names stdout thread_info unraisablehook version version_info warnoptions")),
    #[cfg(feature = "asyncio-py")]
    ("math", Names("__doc__ __file__ __loader__ __name__ __package__ __spec__ acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist e erf erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot inf isclose isfinite isinf isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nan nextafter perm pi pow prod radians remainder sin sinh sqrt tan tanh tau trunc ulp")),
    #[cfg(feature = "asyncio-py")]
    ("collections", Names("ChainMap Counter OrderedDict UserDict UserList UserString _Link _OrderedDictItemsView _OrderedDictKeysView _OrderedDictValuesView __all__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __path__ __spec__ _chain _collections_abc _count_elements _eq _iskeyword _itemgetter _proxy _recursive_repr _repeat _starmap _sys _tuplegetter abc defaultdict deque namedtuple")),
    #[cfg(feature = "asyncio-py")]
    ("json", Names("JSONDecodeError JSONDecoder JSONEncoder __all__ __author__ __builtins__ __cached__ __doc__ __file__ __loader__ __name__ __package__ __path__ __spec__ __version__ _default_decoder _default_encoder codecs decoder detect_encoding dump dumps encoder load loads scanner")),
    #[cfg(feature = "asyncio-py")]
    ("logging", Names("BASIC_FORMAT BufferingFormatter CRITICAL DEBUG ERROR FATAL FileHandler Filter Filterer Formatter GenericAlias Handler INFO LogRecord Logger LoggerAdapter Manager NOTSET NullHandler PercentStyle PlaceHolder RootLogger StrFormatStyle StreamHandler StringTemplateStyle Template WARN WARNING _STYLES _StderrHandler __all__ __author__ __builtins__ __cached__ __date__ __doc__ __file__ __loader__ __name__ __package__ __path__ __spec__ __status__ __version__ _acquireLock _addHandlerRef _after_at_fork_child_reinit_locks _at_fork_reinit_lock_weakset _checkLevel _defaultFormatter _defaultLastResort _handlerList _handlers _is_internal_frame _levelToName _lock _logRecordFactory _loggerClass _nameToLevel _register_at_fork_reinit_lock _releaseLock _removeHandlerRef _showwarning _srcfile _startTime _str_formatter _warnings_showwarning addLevelName atexit basicConfig captureWarnings collections critical currentframe debug disable error exception fatal getLevelName getLevelNamesMapping getLogRecordFactory getLogger getLoggerClass info io lastResort log logMultiprocessing logProcesses logThreads makeLogRecord os raiseExceptions re root setLogRecordFactory setLoggerClass shutdown sys threading time traceback warn warning warnings weakref")),
];

#[cfg(feature = "asyncio-py")]
const DIR_0: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_1: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args name obj with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_2: Names = Names("__cause__ __class__ __class_getitem__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args derive exceptions message split subgroup with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_3: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args characters_written errno filename filename2 strerror with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_4: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __module__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ __weakref__ add_note args with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_5: Names = Names("__cause__ __class__ __class_getitem__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __module__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ __weakref__ add_note args derive exceptions message split subgroup with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_6: Names = Names("__await__ __class__ __class_getitem__ __del__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ _asyncio_future_blocking _callbacks _cancel_message _exception _log_traceback _loop _make_cancelled_error _result _source_traceback _state add_done_callback cancel cancelled done exception get_loop remove_done_callback result set_exception set_result");
#[cfg(feature = "asyncio-py")]
const DIR_7: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args name with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_8: Names = Names("__bool__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__");
#[cfg(feature = "asyncio-py")]
const DIR_9: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args value with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_10: Names = Names("__cause__ __class__ __context__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __suppress_context__ __traceback__ add_note args code with_traceback");
#[cfg(feature = "asyncio-py")]
const DIR_11: Names = Names("__await__ __class__ __class_getitem__ __del__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ _asyncio_future_blocking _callbacks _cancel_message _coro _exception _fut_waiter _log_destroy_pending _log_traceback _loop _make_cancelled_error _must_cancel _result _source_traceback _state add_done_callback cancel cancelled cancelling done exception get_coro get_loop get_name get_stack print_stack remove_done_callback result set_exception set_name set_result uncancel");
#[cfg(feature = "asyncio-py")]
const DIR_12: Names = Names("__await__ __class__ __class_getitem__ __del__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __lt__ __module__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ _asyncio_future_blocking _callbacks _cancel_message _cancel_requested _children _exception _log_traceback _loop _make_cancelled_error _result _source_traceback _state add_done_callback cancel cancelled done exception get_loop remove_done_callback result set_exception set_result");
#[cfg(feature = "asyncio-py")]
const DIR_13: Names = Names("_CHUNK_SIZE __class__ __del__ __delattr__ __dict__ __dir__ __doc__ __enter__ __eq__ __exit__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __lt__ __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ _checkClosed _checkReadable _checkSeekable _checkWritable _finalizing buffer close closed detach encoding errors fileno flush isatty line_buffering mode name newlines read readable readline readlines reconfigure seek seekable tell truncate writable write write_through writelines");
#[cfg(feature = "asyncio-py")]
const DIR_14: Names = Names("__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getnewargs__ __getstate__ __gt__ __hash__ __index__ __init__ __init_subclass__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes");
#[cfg(feature = "asyncio-py")]
const DIR_15: Names = Names("__call__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __module__ __name__ __ne__ __new__ __qualname__ __reduce__ __reduce_ex__ __repr__ __self__ __setattr__ __sizeof__ __str__ __subclasshook__ __text_signature__");
#[cfg(feature = "asyncio-py")]
const DIR_16: Names = Names("__add__ __class__ __class_getitem__ __contains__ __copy__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __iadd__ __imul__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __rmul__ __setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ append appendleft clear copy count extend extendleft index insert maxlen pop popleft remove reverse rotate");
#[cfg(feature = "asyncio-py")]
const DIR_17: Names = Names("__await__ __class__ __del__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __name__ __ne__ __new__ __qualname__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ close cr_await cr_code cr_frame cr_origin cr_running cr_suspended send throw");
#[cfg(feature = "asyncio-py")]
const DIR_18: Names = Names("__class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __reduce__ __reduce_ex__ __repr__ __reversed__ __ror__ __setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ clear copy fromkeys get items keys pop popitem setdefault update values");
#[cfg(feature = "asyncio-py")]
const DIR_19: Names = Names("__and__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __reduce_ex__ __repr__ __reversed__ __ror__ __rsub__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__ isdisjoint mapping");
#[cfg(feature = "asyncio-py")]
const DIR_20: Names = Names("__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __setattr__ __sizeof__ __str__ __subclasshook__ mapping");
#[cfg(feature = "asyncio-py")]
const DIR_21: Names = Names("__class__ __class_getitem__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __lt__ __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__");
#[cfg(feature = "asyncio-py")]
const DIR_22: Names = Names("__abs__ __add__ __bool__ __ceil__ __class__ __delattr__ __dir__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getattribute__ __getformat__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real");
#[cfg(feature = "asyncio-py")]
const DIR_23: Names = Names("__annotations__ __builtins__ __call__ __class__ __closure__ __code__ __defaults__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __get__ __getattribute__ __getstate__ __globals__ __gt__ __hash__ __init__ __init_subclass__ __kwdefaults__ __le__ __lt__ __module__ __name__ __ne__ __new__ __qualname__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__");
#[cfg(feature = "asyncio-py")]
const DIR_24: Names = Names("__add__ __class__ __class_getitem__ __contains__ __delattr__ __delitem__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __iadd__ __imul__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __rmul__ __setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ append clear copy count extend index insert pop remove reverse sort");
#[cfg(feature = "asyncio-py")]
const DIR_25: Names = Names("__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__");
#[cfg(feature = "asyncio-py")]
const DIR_26: Names = Names("__call__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __func__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __self__ __setattr__ __sizeof__ __str__ __subclasshook__");
#[cfg(feature = "asyncio-py")]
const DIR_27: Names = Names("__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__");
#[cfg(feature = "asyncio-py")]
const DIR_28: Names = Names("__call__ __class__ __class_getitem__ __delattr__ __dict__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __module__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__ __vectorcalloffset__ args func keywords");
#[cfg(feature = "asyncio-py")]
const DIR_29: Names = Names("__bool__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __setattr__ __sizeof__ __str__ __subclasshook__ count index start step stop");
#[cfg(feature = "asyncio-py")]
const DIR_30: Names = Names("__and__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __iand__ __init__ __init_subclass__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ __reduce_ex__ __repr__ __ror__ __rsub__ __rxor__ __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update");
#[cfg(feature = "asyncio-py")]
const DIR_31: Names = Names("__add__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmod__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill");
#[cfg(feature = "asyncio-py")]
const DIR_32: Names = Names("__add__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__ count index");
#[cfg(feature = "asyncio-py")]
const DIR_33: Names = Names("__abstractmethods__ __annotations__ __base__ __bases__ __basicsize__ __call__ __class__ __delattr__ __dict__ __dictoffset__ __dir__ __doc__ __eq__ __flags__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __instancecheck__ __itemsize__ __le__ __lt__ __module__ __mro__ __name__ __ne__ __new__ __or__ __prepare__ __qualname__ __reduce__ __reduce_ex__ __repr__ __ror__ __setattr__ __sizeof__ __str__ __subclasscheck__ __subclasses__ __subclasshook__ __text_signature__ __weakrefoffset__ mro");
#[cfg(feature = "asyncio-py")]
const DIR_34: Names = Names("__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ __le__ __lt__ __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__ __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__");

/// `dir()` of an instance of each type, by the engine's name for it.
#[cfg(feature = "asyncio-py")]
pub(super) const TYPES: &[(&str, Names)] = &[
    ("ArithmeticError", DIR_0),
    ("AssertionError", DIR_0),
    ("AttributeError", DIR_1),
    ("BaseException", DIR_0),
    #[cfg(feature = "asyncio-py")]
    ("BaseExceptionGroup", DIR_2),
    #[cfg(feature = "asyncio-py")]
    ("BrokenPipeError", DIR_3),
    ("CancelledError", DIR_4),
    #[cfg(feature = "asyncio-py")]
    ("ConnectionAbortedError", DIR_3),
    #[cfg(feature = "asyncio-py")]
    ("ConnectionError", DIR_3),
    #[cfg(feature = "asyncio-py")]
    ("ConnectionRefusedError", DIR_3),
    #[cfg(feature = "asyncio-py")]
    ("ConnectionResetError", DIR_3),
    ("Exception", DIR_0),
    #[cfg(feature = "asyncio-py")]
    ("ExceptionGroup", DIR_5),
    #[cfg(feature = "asyncio-py")]
    ("FileNotFoundError", DIR_3),
    ("Future", DIR_6),
    ("GeneratorExit", DIR_0),
    ("IndexError", DIR_0),
    ("InvalidStateError", DIR_4),
    ("KeyError", DIR_0),
    ("KeyboardInterrupt", DIR_0),
    ("LookupError", DIR_0),
    ("NameError", DIR_7),
    ("NoneType", DIR_8),
    #[cfg(feature = "asyncio-py")]
    ("NotImplementedError", DIR_0),
    ("OSError", DIR_3),
    ("OverflowError", DIR_0),
    #[cfg(feature = "asyncio-py")]
    ("PermissionError", DIR_3),
    ("RecursionError", DIR_0),
    ("RuntimeError", DIR_0),
    ("StopAsyncIteration", DIR_0),
    ("StopIteration", DIR_9),
    #[cfg(feature = "asyncio-py")]
    ("SystemExit", DIR_10),
    ("Task", DIR_11),
    ("TimeoutError", DIR_3),
    ("TypeError", DIR_0),
    ("UnboundLocalError", DIR_7),
    ("ValueError", DIR_0),
    ("ZeroDivisionError", DIR_0),
    ("_GatheringFuture", DIR_12),
    ("_io.TextIOWrapper", DIR_13),
    ("bool", DIR_14),
    ("builtin_function_or_method", DIR_15),
    ("collections.deque", DIR_16),
    ("coroutine", DIR_17),
    ("dict", DIR_18),
    ("dict_items", DIR_19),
    ("dict_keys", DIR_19),
    ("dict_values", DIR_20),
    ("enumerate", DIR_21),
    ("float", DIR_22),
    ("function", DIR_23),
    ("int", DIR_14),
    ("list", DIR_24),
    ("list_iterator", DIR_25),
    ("method", DIR_26),
    ("object", DIR_27),
    ("partial", DIR_28),
    ("range", DIR_29),
    ("range_iterator", DIR_25),
    ("set", DIR_30),
    ("str", DIR_31),
    ("tuple", DIR_32),
    ("tuple_iterator", DIR_25),
    ("type", DIR_33),
    ("zip", DIR_34),
];

/// The parameters of each callable the engine runs, a line each:
/// `owner.name(parameters)`, in inspect's notation without self or the
/// defaults' values.
pub(super) const SIGNATURES: &str = "\
builtins.abs(x, /)\n\
builtins.all(iterable, /)\n\
builtins.any(iterable, /)\n\
builtins.bool(x=, /)\n\
builtins.dict(mapping=, /, **kwargs)\n\
builtins.enumerate(iterable, start=)\n\
builtins.float(x=, /)\n\
builtins.format(value, format_spec=, /)\n\
builtins.int(x=, /, base=)\n\
builtins.isinstance(obj, class_or_tuple, /)\n\
builtins.iter(object, sentinel=, /)\n\
builtins.len(obj, /)\n\
builtins.list(iterable=, /)\n\
builtins.max(*args, key=, default=)\n\
builtins.min(*args, key=, default=)\n\
builtins.next(iterator, default=, /)\n\
builtins.print(*args, sep=, end=, file=, flush=)\n\
builtins.range(start, stop=, step=, /)\n\
builtins.repr(obj, /)\n\
builtins.round(number, ndigits=)\n\
builtins.sorted(iterable, /, *, key=, reverse=)\n\
builtins.str(object=, encoding=, errors=)\n\
builtins.sum(iterable, /, start=)\n\
builtins.tuple(iterable=, /)\n\
builtins.zip(*iterables, strict=)\n\
str.capitalize(/)\n\
str.count(sub, start=, end=, /)\n\
str.endswith(suffix, start=, end=, /)\n\
str.join(iterable, /)\n\
str.lower(/)\n\
str.lstrip(chars=, /)\n\
str.replace(old, new, count=, /)\n\
str.rsplit(sep=, maxsplit=)\n\
str.rstrip(chars=, /)\n\
str.split(sep=, maxsplit=)\n\
str.startswith(prefix, start=, end=, /)\n\
str.strip(chars=, /)\n\
str.title(/)\n\
str.upper(/)\n\
list.append(object, /)\n\
list.clear(/)\n\
list.copy(/)\n\
list.count(value, /)\n\
list.extend(iterable, /)\n\
list.index(value, start=, stop=, /)\n\
list.insert(index, object, /)\n\
list.pop(index=, /)\n\
list.remove(value, /)\n\
list.reverse(/)\n\
list.sort(*, key=, reverse=)\n\
dict.clear(/)\n\
dict.copy(/)\n\
dict.get(key, default=, /)\n\
dict.items(/)\n\
dict.keys(/)\n\
dict.pop(key, default=, /)\n\
dict.popitem(/)\n\
dict.setdefault(key, default=, /)\n\
dict.update(other=, /, **kwargs)\n\
dict.values(/)\n\
Task.cancel(msg=)\n\
Task.cancelled(/)\n\
Task.cancelling(/)\n\
Task.done(/)\n\
Task.exception(/)\n\
Task.get_coro(/)\n\
Task.get_name(/)\n\
Task.result(/)\n\
Task.set_name(value, /)\n\
Task.uncancel(/)\n\
asyncio.create_task(coro, *, name=, context=)\n\
asyncio.current_task(loop=)\n\
asyncio.ensure_future(coro_or_future, *, loop=)\n\
asyncio.gather(*coros_or_futures, return_exceptions=)\n\
asyncio.run(main, *, debug=)\n\
asyncio.sleep(delay, result=)\n\
asyncio.wait_for(fut, timeout)\n\
time.monotonic(/)\n\
time.perf_counter(/)\n\
time.sleep(seconds, /)\n\
time.time(/)\n\
";

/// The same, for the callables only asyncio's module runs.
#[cfg(feature = "asyncio-py")]
pub(super) const ASYNCIO_PY_SIGNATURES: &str = "\
builtins.set(iterable=, /)\n\
str.center(width, fillchar=, /)\n\
str.find(sub, start=, end=, /)\n\
str.index(sub, start=, end=, /)\n\
str.isalnum(/)\n\
str.isalpha(/)\n\
str.isdigit(/)\n\
str.isidentifier(/)\n\
str.islower(/)\n\
str.isspace(/)\n\
str.isupper(/)\n\
str.ljust(width, fillchar=, /)\n\
str.partition(sep, /)\n\
str.removeprefix(prefix, /)\n\
str.removesuffix(suffix, /)\n\
str.rfind(sub, start=, end=, /)\n\
str.rindex(sub, start=, end=, /)\n\
str.rjust(width, fillchar=, /)\n\
str.rpartition(sep, /)\n\
str.splitlines(keepends=)\n\
str.swapcase(/)\n\
str.zfill(width, /)\n\
set.add(object, /)\n\
set.clear(/)\n\
set.copy(/)\n\
set.difference(*others)\n\
set.difference_update(*others)\n\
set.discard(object, /)\n\
set.intersection(*others)\n\
set.intersection_update(*others)\n\
set.isdisjoint(other, /)\n\
set.issubset(other, /)\n\
set.issuperset(other, /)\n\
set.pop(/)\n\
set.remove(object, /)\n\
set.symmetric_difference(other, /)\n\
set.symmetric_difference_update(other, /)\n\
set.union(*others)\n\
set.update(*others)\n\
asyncio.all_tasks(loop=)\n\
asyncio.get_event_loop(/)\n\
asyncio.new_event_loop(/)\n\
asyncio.set_event_loop(loop)\n\
coroutine.close(/)\n\
";
