// Runs a function over a stream of items on several threads and hands the
// results on in input order, with a bounded number of items in flight so memory
// stays flat however long the stream is. Output order never depends on timing,
// so `--jobs 1` and `--jobs N` give the same bytes.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace consentflow {

template <class Item, class Output>
class OrderedPool {
 public:
  using Next = std::function<std::optional<Item>()>;   // called on the caller's thread only
  using Work = std::function<Output(Item&)>;           // called on worker threads
  using Sink = std::function<void(Output&)>;           // called on the caller's thread, in order

  OrderedPool(unsigned jobs, std::size_t window) : jobs_(jobs < 1 ? 1 : jobs), window_(window < 1 ? 1 : window) {}

  void run(const Next& next, const Work& work, const Sink& sink) {
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs_; ++i) workers.emplace_back([&] { work_loop(work); });
    bool input_left = true;
    std::unique_lock lock(mutex_);
    while (true) {
      while (input_left && slots_.size() < window_) {
        lock.unlock();
        std::optional<Item> item = next();
        lock.lock();
        if (!item) {
          input_left = false;
          break;
        }
        slots_.push_back(Slot{std::move(*item), std::nullopt, false});
        work_ready_.notify_one();
      }
      if (!input_left && slots_.empty()) break;
      result_ready_.wait(lock, [&] { return slots_.front().output.has_value(); });
      while (!slots_.empty() && slots_.front().output) {
        Output output = std::move(*slots_.front().output);
        slots_.pop_front();
        ++first_sequence_;
        lock.unlock();
        sink(output);
        lock.lock();
      }
    }
    finished_ = true;
    lock.unlock();
    work_ready_.notify_all();
    for (std::thread& worker : workers) worker.join();
  }

 private:
  struct Slot {
    Item item;
    std::optional<Output> output;
    bool taken = false;
  };

  void work_loop(const Work& work) {
    std::unique_lock lock(mutex_);
    while (true) {
      std::size_t index = 0;
      work_ready_.wait(lock, [&] {
        if (finished_) return true;
        for (index = 0; index < slots_.size(); ++index)
          if (!slots_[index].taken) return true;
        return false;
      });
      if (finished_) return;
      slots_[index].taken = true;
      const std::size_t sequence = first_sequence_ + index;
      Item item = std::move(slots_[index].item);
      lock.unlock();
      Output output = work(item);
      lock.lock();
      // The deque only shrinks at the front, and only once a result is in, so
      // this slot is still at sequence - first_sequence_.
      slots_[sequence - first_sequence_].output = std::move(output);
      result_ready_.notify_one();
    }
  }

  const unsigned jobs_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable result_ready_;
  std::deque<Slot> slots_;
  std::size_t first_sequence_ = 0;
  bool finished_ = false;
};

}  // namespace consentflow
