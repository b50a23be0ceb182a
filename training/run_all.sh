#!/usr/bin/env bash
# Rebuild the cost model and its report from data/, reproducibly (seeded):
# features (TypeScript featurizer) -> GCN + ablation + XGBoost -> Adams2019 baseline -> evaluation.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=/usr/bin/python3   # Debian's interpreter: python3-torch, python3-xgboost, python3-onnx
SEED=${SEED:-1}
npm run --silent build
# A fresh cache: the featurizer may have improved without a schema change.
rm -f training/cache/features.jsonl.gz
node dist/server.js features --data data --out training/cache/features.jsonl.gz --threads-from-sample
# The GCN and the baselines train side by side, one thread each: these small graphs keep one core
# busy, and on 2 cores two 1-thread runs finish a member in well under half the time one 2-thread
# run takes (measured: 141 s against 340 s).
# GCN_MEMBERS ensemble members (5 in the committed model: one seed's luck moves test MAPE by 25 points,
# and the members' disagreement is the confidence the editor shows). About 40 min on one core, as long
# as the ablations and XGBoost take on the other.
# The shipped GCN trains on the realworld generators too (each seen RW_WEIGHT times per epoch): out of
# fold by repository that orders real code better than the same recipe without them (REPORT.md).
RW_WEIGHT=${RW_WEIGHT:-10}
$PY training/train.py --name gcn --seed "$SEED" --threads 1 --ensemble "${GCN_MEMBERS:-5}" --jobs "${GCN_JOBS:-1}" \
  --realworld-train all --realworld-weight "$RW_WEIGHT" --export &
GCN=$!
# Ablations: ABLATION_MEMBERS ensemble members (default 2, as in models/REPORT.md).
$PY training/train.py --name nograph --no-graph --seed "$SEED" --threads 1 --ensemble "${ABLATION_MEMBERS:-2}"
$PY training/train.py --name noterms --no-terms --seed "$SEED" --threads 1 --ensemble "${ABLATION_MEMBERS:-2}"
$PY training/xgb_baseline.py --seed "$SEED"
wait "$GCN"
$PY training/term_shares.py
# retrain_cost_model skips pipelines with < 8 distinct schedules (most of ours): use the
# plugin's own train_cost_model through our loop (same loss and update; training/adams2019/README.md).
$PY training/adams2019/run.py --data data --out training/cache/adams2019_predictions.jsonl ${ADAMS_FLAGS:---trainer plugin}
$PY training/per_stage.py
# The honest realworld number: one member per fold, each trained without one group of repositories
# (folds.py), beside the same recipe trained on no realworld code at all.
FOLDS=${REALWORLD_FOLDS:-5}
$PY training/train.py --name base --seed "$SEED" --threads 1 --ensemble 1
for k in $(seq 0 $((FOLDS - 1))); do
  $PY training/train.py --name "rw$k" --seed "$SEED" --threads 1 --ensemble 1 --realworld-train "$k/$FOLDS" --realworld-weight "$RW_WEIGHT"
done
$PY training/evaluate.py --realworld-cv "rw/$FOLDS:base"
