# logging of CPython 3.11 (Lib/logging/__init__.py), written again in
# Python for the engine to run, step for step where it shows: the logger
# hierarchy (placeholders, `_fixupParents`, `_fixupChildren`), levels and
# the `isEnabledFor` cache, filters, handlers, `%`-style formatters,
# `basicConfig`, the module's functions (which call `basicConfig()` first)
# and `lastResort`, which writes a message alone to stderr when no handler
# is found. What a record holds is CPython's but for what depends on the
# machine, the clock or the caller's frame (`asctime`, `created`, `msecs`,
# `relativeCreated`, `thread`, `process`, `pathname`, `filename`, `module`,
# `lineno`, `funcName`): a format or a program that reads one is refused,
# as are tracebacks (`exception()`, `exc_info`, `stack_info`), the logging
# error report a failing handler prints, `{` and `$` styles, files, and
# the deprecated `warn`, whose DeprecationWarning the engine does not show.
# Handlers whose `flush` or `close` is the program's are refused too:
# CPython's `shutdown` calls them at exit, which is not modelled. The
# loop reaches this module through `_loop_made` and `_asyncio_report`, at
# the end (`Interpreter::library_hook`). Locks are left out: the engine's
# threads never interleave inside a call.

import sys
import _interleave

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: "CRITICAL",
    ERROR: "ERROR",
    WARNING: "WARNING",
    INFO: "INFO",
    DEBUG: "DEBUG",
    NOTSET: "NOTSET",
}
_nameToLevel = {
    "CRITICAL": CRITICAL,
    "FATAL": FATAL,
    "ERROR": ERROR,
    "WARN": WARNING,
    "WARNING": WARNING,
    "INFO": INFO,
    "DEBUG": DEBUG,
    "NOTSET": NOTSET,
}

# What a record of CPython's holds that this one does not, and why.
_UNMODELLED_FIELDS = {
    "asctime": "the wall-clock time",
    "created": "the wall-clock time",
    "msecs": "the wall-clock time",
    "relativeCreated": "the time since logging was imported",
    "thread": "the thread's identifier",
    "process": "the process's identifier",
    "pathname": "the program's file",
    "filename": "the program's file",
    "module": "the program's file",
    "lineno": "the caller's line",
    "funcName": "the caller's function",
}


_SHUTDOWN = "a logging handler whose `flush` or `close` is the program's own (or whose stream is) is not supported yet: CPython's `logging.shutdown` calls them as the program exits, which Interleave does not model"
_TRACEBACKS = "logging a traceback (`exception()`, `exc_info`, `stack_info`) is not supported yet: its frames are not modelled; log `repr(e)` instead"

def _refuse_field(name):
    _interleave.refuse(
        f"a log record's `{name}` (`%({name})s` in a format) is not supported yet: it is {_UNMODELLED_FIELDS[name]}, which Interleave does not model; leave it out"
    )


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        rv = level
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        rv = _nameToLevel[level]
    else:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return rv


# What `makeRecord` gives a record for the caller's file, line and
# function, which are not modelled (the properties below refuse them).
class _NoCaller:
    pass


_NO_CALLER = _NoCaller()


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        if pathname is not _NO_CALLER:
            _interleave.refuse(
                "making a LogRecord directly is not supported yet: its time, thread and process are not modelled"
            )
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.exc_info = None
        self.exc_text = None
        self.stack_info = None
        self.threadName = _interleave.thread_name()
        self.processName = "MainProcess"

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    # CPython's record has these too: reading one is refused.

    @property
    def asctime(self):
        _refuse_field("asctime")
    @property
    def created(self):
        _refuse_field("created")
    @property
    def msecs(self):
        _refuse_field("msecs")
    @property
    def relativeCreated(self):
        _refuse_field("relativeCreated")
    @property
    def thread(self):
        _refuse_field("thread")
    @property
    def process(self):
        _refuse_field("process")
    @property
    def pathname(self):
        _refuse_field("pathname")
    @property
    def filename(self):
        _refuse_field("filename")
    @property
    def module(self):
        _refuse_field("module")
    @property
    def lineno(self):
        _refuse_field("lineno")
    @property
    def funcName(self):
        _refuse_field("funcName")

    def __repr__(self):
        _refuse_field("pathname")


def _percent_fields(fmt):
    # The names of `fmt`'s `%(name)` fields, and whether one is a field as
    # `PercentStyle.validation_pattern` matches it (flags, width,
    # precision, then a conversion).
    names = []
    valid = False
    i = fmt.find("%(")
    while i >= 0:
        end = fmt.find(")", i)
        if end < 0:
            break
        name = fmt[i + 2 : end]
        names.append(name)
        j = end + 1
        while j < len(fmt) and fmt[j] in "#0+ -":
            j += 1
        if j < len(fmt) and fmt[j] == "*":
            j += 1
        else:
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
        if j < len(fmt) and fmt[j] == ".":
            j += 1
            if j < len(fmt) and fmt[j] == "*":
                j += 1
            else:
                digits = j
                while j < len(fmt) and fmt[j].isdigit():
                    j += 1
                if j == digits:
                    j = len(fmt)
        word = name != "" and all(c.isalnum() or c == "_" for c in name)
        if word and j < len(fmt) and fmt[j] in "diouxefgcrsaDIOUXEFGCRSA%":
            valid = True
        # The next candidate may start inside this one (`%(a%(b)s`).
        i = fmt.find("%(", i + 1)
    return names, valid


class PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults
        for name in _percent_fields(self._fmt)[0]:
            if name in _UNMODELLED_FIELDS and not (defaults and name in defaults):
                _refuse_field(name)

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _percent_fields(self._fmt)[1]:
            raise ValueError(
                "Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0])
            )

    def _format(self, record):
        values = vars(record)
        if self._defaults:
            values = self._defaults | values
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


class Formatter:
    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in ("%", "{", "$"):
            raise ValueError("Style must be one of: %,{,$")
        if style != "%":
            _interleave.refuse(
                f"logging's `{style}` style is not supported yet; write the format with `%(name)s` fields"
            )
        self._style = PercentStyle(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def converter(self, *args):
        _refuse_field("asctime")

    def formatTime(self, record, datefmt=None):
        _refuse_field("asctime")

    def formatException(self, ei):
        _interleave.refuse(_TRACEBACKS)

    def formatStack(self, stack_info):
        _interleave.refuse(_TRACEBACKS)

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        return self.formatMessage(record)


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        rv = True
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                rv = False
                break
        return rv


class Handler(Filterer):
    def __init__(self, level=0):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        # At exit CPython's `shutdown` flushes and closes every handler
        # still alive, which a program's own `flush` or `close` would show.
        if type(self).flush is not Handler.flush and type(self).flush is not StreamHandler.flush:
            _interleave.refuse(_SHUTDOWN)
        if type(self).close is not Handler.close:
            _interleave.refuse(_SHUTDOWN)

    def createLock(self):
        _interleave.refuse("a logging handler's lock is not supported yet")

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True

    def handleError(self, record):
        _interleave.refuse(
            "a logging handler that raises is not supported yet: CPython prints a '--- Logging error ---' report with the traceback, which Interleave does not model; check the message's `%` arguments"
        )

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s (%s)>" % (self.__class__.__name__, level)


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        if stream is not sys.stdout and stream is not sys.stderr and hasattr(stream, "flush"):
            _interleave.refuse(_SHUTDOWN)
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = str(getattr(self.stream, "name", ""))
        if name:
            name += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, name, level)


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    def __init__(self, level=0):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class PlaceHolder:
    def __init__(self, alogger):
        # A dict in CPython, keyed by the loggers: a list keeps the same
        # order.
        self.loggerMap = [alogger]

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap.append(alogger)


class Manager:
    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.loggerDict = {}

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        rv = None
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        if name in self.loggerDict:
            rv = self.loggerDict[name]
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = Logger(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        else:
            rv = Logger(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        return rv

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap:
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    def __init__(self, name, level=0):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _interleave.refuse(
            "`warn` is not supported yet: CPython warns that it is deprecated (a DeprecationWarning on stderr, which Interleave does not model); call `warning`"
        )

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        if fn is not _NO_CALLER:
            _interleave.refuse(
                "calling makeRecord is not supported yet: a record's time, thread and process are not modelled"
            )
        rv = LogRecord(name, level, _NO_CALLER, _NO_CALLER, msg, args, None)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in vars(rv)) or key in _UNMODELLED_FIELDS:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info or stack_info:
            _interleave.refuse(_TRACEBACKS)
        record = self.makeRecord(self.name, level, _NO_CALLER, _NO_CALLER, msg, args, None, None, extra)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if level in self._cache:
            return self._cache[level]
        if self.manager.disable >= level:
            is_enabled = self._cache[level] = False
        else:
            is_enabled = self._cache[level] = level >= self.getEffectiveLevel()
        return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def basicConfig(**kwargs):
    force = kwargs.pop("force", False)
    kwargs.pop("encoding", None)
    kwargs.pop("errors", "backslashreplace")
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError(
                    "'stream' or 'filename' should not be specified together with 'handlers'"
                )
        if handlers is None:
            filename = kwargs.pop("filename", None)
            kwargs.pop("filemode", "a")
            if filename:
                _interleave.refuse(
                    "logging to a file (`filename=`) is not supported yet: Interleave has no files; log to stderr or stdout"
                )
            stream = kwargs.pop("stream", None)
            h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in ("%", "{", "$"):
            raise ValueError("Style must be one of: %,{,$")
        fs = kwargs.pop("format", BASIC_FORMAT)
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _interleave.refuse(
        "`logging.warn` is not supported yet: CPython warns that it is deprecated (a DeprecationWarning on stderr, which Interleave does not model); call `logging.warning`"
    )


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=50):
    root.manager.disable = level
    root.manager._clear_cache()


# The loggers `import asyncio` makes, in its order (`concurrent.futures`
# for its executors, then asyncio's own, `asyncio/log.py`).
getLogger("concurrent.futures")
getLogger("asyncio")


def _loop_made():
    # `BaseSelectorEventLoop.__init__`, on Linux.
    getLogger("asyncio").debug("Using selector: %s", "EpollSelector")


def _asyncio_report():
    # asyncio's default exception handler logs its report with
    # `logger.error(message, exc_info=...)`: 0 when nothing shows it, 1
    # when the last-resort handler writes it as the engine writes it
    # anyway; a refusal when handlers the program set would format it.
    logger = getLogger("asyncio")
    if not logger.isEnabledFor(ERROR):
        return 0
    c = logger
    while c:
        if c.handlers:
            _interleave.refuse(
                "asyncio's error report (an exception never retrieved, or raised in a callback) goes through the logging handlers this program set, with its traceback, which Interleave does not model yet"
            )
        if not c.propagate:
            break
        c = c.parent
    if lastResort is None or ERROR < lastResort.level:
        _interleave.refuse(
            "asyncio's error report with `logging.lastResort` changed is not supported yet"
        )
    return 1
