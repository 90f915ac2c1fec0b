# asyncio/queues.py of CPython 3.11, step for step, for the engine to run.
# A deque is a list here; PriorityQueue's heap is heapq's algorithm (the
# same comparisons in the same order, so the same order of items and the
# same errors), written out as methods.

import asyncio


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue(_LoopBoundMixin):
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    # CPython writes `id(self):#x`, an address, which the engine shows
    # as every object's: `0x…`.
    def __repr__(self):
        return f'<{type(self).__name__} at 0x… {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self._queue:
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        else:
            return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    # heapq.heappush: append, then swap the new item with each parent
    # greater than it. The C heapq swaps at each step, so a comparison that
    # raises leaves every item in the heap.
    def _put(self, item):
        heap = self._queue
        heap.append(item)
        self._siftdown(0, len(heap) - 1)

    # heapq.heappop: the last item takes the root's place, is swapped down
    # along the smaller children to a leaf, then up (`_siftdown`).
    def _get(self):
        heap = self._queue
        last = heap.pop()
        if heap:
            first = heap[0]
            heap[0] = last
            self._siftup(0)
            return first
        return last

    def _siftdown(self, startpos, pos):
        heap = self._queue
        while pos > startpos:
            parentpos = (pos - 1) // 2
            if not heap[pos] < heap[parentpos]:
                break
            heap[pos], heap[parentpos] = heap[parentpos], heap[pos]
            pos = parentpos

    def _siftup(self, pos):
        heap = self._queue
        endpos = len(heap)
        startpos = pos
        while pos < endpos // 2:
            childpos = 2 * pos + 1
            if childpos + 1 < endpos and not heap[childpos] < heap[childpos + 1]:
                childpos += 1
            heap[pos], heap[childpos] = heap[childpos], heap[pos]
            pos = childpos
        self._siftdown(startpos, pos)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
