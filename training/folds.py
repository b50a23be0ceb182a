"""Which realworld generators (code written by others) a model trains on, and which stay held out.

The realworld group is split by repository, never by schedule or generator: a held-out repository's
code style, helpers and pipeline shapes are all unseen, as a user's code is. Fold K of N holds out
every repository whose rank in name order is K modulo N; the others join the training split.

  ids: realworld/FILE-STEM/GENERATOR, FILE-STEM = REPOSITORY-PREFIX__PATH (collect/realworld.ts)
"""


def is_realworld(sample):
    return sample.pipeline.startswith('realworld/')


def repository(pipeline):
    """The repository prefix of a realworld pipeline id (halide-v14, motioncam, ...)."""
    return pipeline.split('/')[1].split('__')[0]


def parse(spec):
    """'none' -> None, 'all' -> (0, 0), 'K/N' -> (K, N)."""
    if spec == 'none':
        return None
    if spec == 'all':
        return (0, 0)
    try:
        k, n = (int(v) for v in spec.split('/'))
    except ValueError:
        raise SystemExit(f"--realworld-train: '{spec}' is not none, all or K/N")
    if not 0 <= k < n:
        raise SystemExit(f'--realworld-train: fold {k} of {n} does not exist')
    return (k, n)


def held_out(pipeline, fold, repos):
    """Whether fold (K, N) holds `pipeline` out; `repos` is every realworld repository, in name order."""
    k, n = fold
    return n > 0 and repos.index(repository(pipeline)) % n == k


def assign(samples, spec):
    """Move the realworld samples that fold `spec` trains on into the training split (in place)."""
    fold = parse(spec)
    if fold is None:
        return
    repos = sorted({repository(s.pipeline) for s in samples if is_realworld(s)})
    moved = kept = 0
    for s in samples:
        if s.split != 'realworld':
            continue
        if held_out(s.pipeline, fold, repos):
            kept += 1
        else:
            s.split = 'train'
            moved += 1
    print(f'--realworld-train {spec}: {moved} realworld samples train, {kept} stay held out '
          f'({", ".join(sorted({repository(s.pipeline) for s in samples if s.split == "realworld"})) or "none"})', flush=True)
