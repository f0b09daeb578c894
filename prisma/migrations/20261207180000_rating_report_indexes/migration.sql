-- SIPAS reports (npm run bench -- sipas, docs/performance.md): the answers of a unit's ratings read from the index
-- alone (the primary key has no score, so the planner read the whole RatingAnswer table for every unit's figures).
-- CreateIndex
CREATE INDEX "RatingAnswer_ratingId_criterionId_score_idx" ON "RatingAnswer"("ratingId", "criterionId", "score");
