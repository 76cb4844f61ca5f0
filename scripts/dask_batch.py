#!/usr/bin/python3
"""Scale `consentflow batch -` out on Dask distributed (Debian's python3-distributed).

Reads a JSON-lines corpus ({"id", "text"} per line) from a file or stdin, splits it
into partitions, runs `consentflow batch -` on each partition on the Dask workers,
and writes the results to stdout in input order. consentflow itself is unchanged:
every worker runs the same binary on its share of lines.

  scripts/dask_batch.py corpus.jsonl --local-workers 2            # a local cluster on loopback
  scripts/dask_batch.py corpus.jsonl --scheduler tcp://host:8786  # an existing cluster

Exit code as `batch`: 2 when any document failed, else 1 when any finding reached
--fail-on (batch's default: error), else 0.
"""
import argparse
import os
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def run_partition(lines, binary, jobs):
    """Runs consentflow batch on one partition; returns (output lines, exit code, stderr)."""
    result = subprocess.run(
        [binary, "batch", "-", "--jobs", str(jobs)],
        input="".join(lines).encode("utf-8"),
        capture_output=True,
        check=False,
    )
    return result.stdout.decode("utf-8").splitlines(), result.returncode, result.stderr.decode("utf-8")


def partition(lines, count):
    """Splits lines into `count` contiguous, nearly equal parts (order kept)."""
    size, extra = divmod(len(lines), count)
    parts, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        if end > start:
            parts.append(lines[start:end])
        start = end
    return parts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default="-", help="JSON-lines corpus, or - for stdin")
    parser.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "consentflow"),
                        help="the consentflow executable the workers run")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    parser.add_argument("--local-workers", type=int, default=2, help="workers of the local cluster (no --scheduler)")
    parser.add_argument("--partitions", type=int, default=0, help="partitions (default: 2 per worker)")
    parser.add_argument("--jobs", type=int, default=1, help="threads per consentflow process")
    args = parser.parse_args()

    source = sys.stdin if args.corpus == "-" else open(args.corpus, encoding="utf-8")
    lines = [line if line.endswith("\n") else line + "\n" for line in source if line.strip()]
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print(f"dask_batch: {binary}: not an executable (build consentflow first)", file=sys.stderr)
        return 2

    if args.scheduler:
        client = Client(args.scheduler)
        workers = max(1, len(client.scheduler_info()["workers"]))
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
        workers = args.local_workers
    try:
        parts = partition(lines, args.partitions or 2 * workers)
        futures = [client.submit(run_partition, part, binary, args.jobs, pure=False) for part in parts]
        worst = 0
        for future in futures:  # in submission order, so output keeps input order
            output, code, errors = future.result()
            if code not in (0, 1, 2) or (code == 2 and not output):
                print(f"dask_batch: a partition failed with exit code {code}: {errors.strip()}", file=sys.stderr)
                return 2
            worst = max(worst, code)
            for line in output:
                print(line)
        return worst
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
