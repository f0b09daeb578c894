-- Satisfaction (issue 12, docs/satisfaction.md): questionnaires as versioned data, ratings with their raw answers,
-- and the three standard questionnaires as reference data (the rows of src/domain/satisfaction/questionnaires.ts;
-- tests/integration/satisfaction-questionnaires.test.ts checks they agree).

-- CreateEnum
CREATE TYPE "QuestionnaireKind" AS ENUM ('SIPAS_2017', 'SERVICE_19', 'COUNTER_SHORT');

-- CreateEnum
CREATE TYPE "QuestionnaireVersionStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "RatingChannel" AS ENUM ('COUNTER_TABLET', 'RECEIPT_QR', 'TRACKING_PAGE', 'NOTIFICATION_LINK', 'NATIONAL_PORTAL');

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "QuestionnaireKind" NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireVersion" (
    "id" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "QuestionnaireVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "effectiveFrom" DATE,
    "effectiveTo" DATE,
    "basis" TEXT,
    "note" TEXT,
    "asksOverall" BOOLEAN NOT NULL DEFAULT false,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "QuestionnaireVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireFactor" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "QuestionnaireFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireCriterion" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "factorId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "QuestionnaireCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT NOT NULL,
    "channel" "RatingChannel" NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "officeId" TEXT,
    "officerId" TEXT,
    "counterId" TEXT,
    "overallScore" INTEGER,
    "reasons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingAnswer" (
    "ratingId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "RatingAnswer_pkey" PRIMARY KEY ("ratingId","criterionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_code_key" ON "Questionnaire"("code");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireVersion_questionnaireId_version_key" ON "QuestionnaireVersion"("questionnaireId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireFactor_versionId_code_key" ON "QuestionnaireFactor"("versionId", "code");

-- CreateIndex
CREATE INDEX "QuestionnaireCriterion_factorId_idx" ON "QuestionnaireCriterion"("factorId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireCriterion_versionId_code_key" ON "QuestionnaireCriterion"("versionId", "code");

-- CreateIndex
CREATE INDEX "Rating_unitId_createdAt_idx" ON "Rating"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Rating_officeId_createdAt_idx" ON "Rating"("officeId", "createdAt");

-- CreateIndex
CREATE INDEX "Rating_officerId_createdAt_idx" ON "Rating"("officerId", "createdAt");

-- CreateIndex
CREATE INDEX "Rating_questionnaireVersionId_idx" ON "Rating"("questionnaireVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_dossierId_channel_key" ON "Rating"("dossierId", "channel");

-- CreateIndex
CREATE INDEX "RatingAnswer_criterionId_idx" ON "RatingAnswer"("criterionId");

-- AddForeignKey
ALTER TABLE "QuestionnaireVersion" ADD CONSTRAINT "QuestionnaireVersion_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireFactor" ADD CONSTRAINT "QuestionnaireFactor_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireCriterion" ADD CONSTRAINT "QuestionnaireCriterion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireCriterion" ADD CONSTRAINT "QuestionnaireCriterion_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "QuestionnaireFactor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "QuestionnaireVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingAnswer" ADD CONSTRAINT "RatingAnswer_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "Rating"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingAnswer" ADD CONSTRAINT "RatingAnswer_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "QuestionnaireCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- At most one version of a questionnaire in force.
CREATE UNIQUE INDEX "QuestionnaireVersion_one_active" ON "QuestionnaireVersion"("questionnaireId") WHERE "status" = 'ACTIVE';

-- Scores on the 5-point scale; comments length-limited (shown as text).
ALTER TABLE "RatingAnswer" ADD CONSTRAINT "RatingAnswer_score_range" CHECK ("score" BETWEEN 1 AND 5);
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_overallScore_range" CHECK ("overallScore" IS NULL OR "overallScore" BETWEEN 1 AND 5);
ALTER TABLE "Rating" ADD CONSTRAINT "Rating_comment_length" CHECK ("comment" IS NULL OR char_length("comment") <= 1000);

-- Reference data: the standard questionnaires, version 1 of each in force.
INSERT INTO "Questionnaire" ("id", "code", "name", "kind", "description") VALUES ('qn-sipas-2017', 'SIPAS-2017', 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS 2017)', 'SIPAS_2017', 'Khung đo lường của Bộ Nội vụ: 5 yếu tố, 22 tiêu chí, thang 5 mức.');
INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "version", "status", "effectiveFrom", "basis", "asksOverall", "reasons") VALUES ('qv-sipas-2017-1', 'qn-sipas-2017', 1, 'ACTIVE', DATE '2017-10-10', 'Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ trưởng Bộ Nội vụ', false, ARRAY[]::TEXT[]);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-sipas-2017-1-F1', 'qv-sipas-2017-1', 'F1', 'Tiếp cận dịch vụ', 1);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-sipas-2017-1-F2', 'qv-sipas-2017-1', 'F2', 'Thủ tục hành chính', 2);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-sipas-2017-1-F3', 'qv-sipas-2017-1', 'F3', 'Công chức trực tiếp giải quyết công việc', 3);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-sipas-2017-1-F4', 'qv-sipas-2017-1', 'F4', 'Kết quả giải quyết thủ tục hành chính', 4);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-sipas-2017-1-F5', 'qv-sipas-2017-1', 'F5', 'Tiếp nhận, xử lý phản ánh, kiến nghị', 5);
INSERT INTO "QuestionnaireCriterion" ("id", "versionId", "factorId", "code", "text", "order") VALUES
  ('qv-sipas-2017-1-c1.1', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F1', '1.1', 'Nơi ngồi chờ tại bộ phận một cửa có đủ chỗ ngồi', 1),
  ('qv-sipas-2017-1-c1.2', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F1', '1.2', 'Trang thiết bị phục vụ người dân, tổ chức đầy đủ', 2),
  ('qv-sipas-2017-1-c1.3', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F1', '1.3', 'Trang thiết bị phục vụ người dân, tổ chức hiện đại', 3),
  ('qv-sipas-2017-1-c1.4', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F1', '1.4', 'Trang thiết bị phục vụ người dân, tổ chức dễ sử dụng', 4),
  ('qv-sipas-2017-1-c2.1', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F2', '2.1', 'Thủ tục hành chính được niêm yết công khai đầy đủ', 5),
  ('qv-sipas-2017-1-c2.2', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F2', '2.2', 'Thủ tục hành chính được niêm yết công khai chính xác', 6),
  ('qv-sipas-2017-1-c2.3', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F2', '2.3', 'Thành phần hồ sơ phải nộp đúng quy định', 7),
  ('qv-sipas-2017-1-c2.4', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F2', '2.4', 'Phí, lệ phí phải nộp đúng quy định', 8),
  ('qv-sipas-2017-1-c2.5', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F2', '2.5', 'Thời hạn giải quyết đúng quy định', 9),
  ('qv-sipas-2017-1-c3.1', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F3', '3.1', 'Công chức có thái độ giao tiếp lịch sự', 10),
  ('qv-sipas-2017-1-c3.2', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F3', '3.2', 'Công chức chú ý lắng nghe ý kiến của người dân, tổ chức', 11),
  ('qv-sipas-2017-1-c3.3', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F3', '3.3', 'Công chức trả lời, giải thích đầy đủ các ý kiến của người dân, tổ chức', 12),
  ('qv-sipas-2017-1-c3.4', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F3', '3.4', 'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo', 13),
  ('qv-sipas-2017-1-c3.5', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F3', '3.5', 'Công chức hướng dẫn kê khai hồ sơ dễ hiểu', 14),
  ('qv-sipas-2017-1-c3.6', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F3', '3.6', 'Công chức tuân thủ đúng quy định trong giải quyết công việc', 15),
  ('qv-sipas-2017-1-c4.1', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F4', '4.1', 'Kết quả đúng quy định', 16),
  ('qv-sipas-2017-1-c4.2', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F4', '4.2', 'Kết quả có thông tin đầy đủ', 17),
  ('qv-sipas-2017-1-c4.3', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F4', '4.3', 'Kết quả có thông tin chính xác', 18),
  ('qv-sipas-2017-1-c5.1', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F5', '5.1', 'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị', 19),
  ('qv-sipas-2017-1-c5.2', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F5', '5.2', 'Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị', 20),
  ('qv-sipas-2017-1-c5.3', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F5', '5.3', 'Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị', 21),
  ('qv-sipas-2017-1-c5.4', 'qv-sipas-2017-1', 'qv-sipas-2017-1-F5', '5.4', 'Cơ quan thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời', 22);

INSERT INTO "Questionnaire" ("id", "code", "name", "kind", "description") VALUES ('qn-service-19', 'DICH-VU-19', 'Phiếu đánh giá mức độ hài lòng (19 tiêu chí)', 'SERVICE_19', 'Phiếu 19 tiêu chí về dịch vụ hành chính công, thang 5 mức từ Rất không hài lòng đến Rất hài lòng.');
INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "version", "status", "effectiveFrom", "basis", "asksOverall", "reasons") VALUES ('qv-service-19-1', 'qn-service-19', 1, 'ACTIVE', DATE '2022-01-01', 'Mẫu phiếu khảo sát sự hài lòng đang áp dụng (bản sao mẫu phiếu, chưa đối chiếu văn bản gốc)', false, ARRAY[]::TEXT[]);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-service-19-1-F1', 'qv-service-19-1', 'F1', 'Tiếp cận dịch vụ', 1);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-service-19-1-F2', 'qv-service-19-1', 'F2', 'Thủ tục hành chính', 2);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-service-19-1-F3', 'qv-service-19-1', 'F3', 'Công chức trực tiếp giải quyết công việc', 3);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-service-19-1-F4', 'qv-service-19-1', 'F4', 'Kết quả giải quyết thủ tục hành chính', 4);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-service-19-1-F5', 'qv-service-19-1', 'F5', 'Tiếp nhận, xử lý phản ánh, kiến nghị', 5);
INSERT INTO "QuestionnaireCriterion" ("id", "versionId", "factorId", "code", "text", "order") VALUES
  ('qv-service-19-1-c1.1', 'qv-service-19-1', 'qv-service-19-1-F1', '1.1', 'Thông tin về thủ tục được cung cấp bằng nhiều hình thức, dễ tiếp cận', 1),
  ('qv-service-19-1-c1.2', 'qv-service-19-1', 'qv-service-19-1-F1', '1.2', 'Biển chỉ dẫn, hướng dẫn tại nơi làm thủ tục rõ ràng', 2),
  ('qv-service-19-1-c1.3', 'qv-service-19-1', 'qv-service-19-1-F1', '1.3', 'Nơi làm thủ tục sạch sẽ, thoáng mát', 3),
  ('qv-service-19-1-c1.4', 'qv-service-19-1', 'qv-service-19-1-F1', '1.4', 'Trang thiết bị phục vụ đầy đủ, hoạt động tốt', 4),
  ('qv-service-19-1-c2.1', 'qv-service-19-1', 'qv-service-19-1-F2', '2.1', 'Thủ tục được niêm yết công khai, dễ thấy, dễ hiểu', 5),
  ('qv-service-19-1-c2.2', 'qv-service-19-1', 'qv-service-19-1-F2', '2.2', 'Thành phần hồ sơ phải nộp đúng quy định', 6),
  ('qv-service-19-1-c2.3', 'qv-service-19-1', 'qv-service-19-1-F2', '2.3', 'Phí, lệ phí phải nộp đúng quy định', 7),
  ('qv-service-19-1-c2.4', 'qv-service-19-1', 'qv-service-19-1-F2', '2.4', 'Thời hạn giải quyết đúng quy định', 8),
  ('qv-service-19-1-c3.1', 'qv-service-19-1', 'qv-service-19-1-F3', '3.1', 'Công chức lịch sự, tôn trọng người dân', 9),
  ('qv-service-19-1-c3.2', 'qv-service-19-1', 'qv-service-19-1-F3', '3.2', 'Công chức trả lời, giải thích kịp thời, đầy đủ', 10),
  ('qv-service-19-1-c3.3', 'qv-service-19-1', 'qv-service-19-1-F3', '3.3', 'Hướng dẫn của công chức giúp hoàn thiện hồ sơ trong một lần', 11),
  ('qv-service-19-1-c3.4', 'qv-service-19-1', 'qv-service-19-1-F3', '3.4', 'Công chức tuân thủ đúng quy định', 12),
  ('qv-service-19-1-c3.5', 'qv-service-19-1', 'qv-service-19-1-F3', '3.5', 'Công chức tận tụy, có trách nhiệm', 13),
  ('qv-service-19-1-c4.1', 'qv-service-19-1', 'qv-service-19-1-F4', '4.1', 'Nhận kết quả đúng hẹn', 14),
  ('qv-service-19-1-c4.2', 'qv-service-19-1', 'qv-service-19-1-F4', '4.2', 'Kết quả đầy đủ, chính xác', 15),
  ('qv-service-19-1-c4.3', 'qv-service-19-1', 'qv-service-19-1-F4', '4.3', 'Kết quả công bằng, khách quan', 16),
  ('qv-service-19-1-c5.1', 'qv-service-19-1', 'qv-service-19-1-F5', '5.1', 'Có kênh tiếp nhận phản ánh, kiến nghị, dễ sử dụng', 17),
  ('qv-service-19-1-c5.2', 'qv-service-19-1', 'qv-service-19-1-F5', '5.2', 'Phản ánh, kiến nghị được xử lý đúng quy định', 18),
  ('qv-service-19-1-c5.3', 'qv-service-19-1', 'qv-service-19-1-F5', '5.3', 'Kết quả xử lý phản ánh, kiến nghị được thông báo kịp thời', 19);

INSERT INTO "Questionnaire" ("id", "code", "name", "kind", "description") VALUES ('qn-counter-short', 'NGAN-TAI-QUAY', 'Phiếu đánh giá nhanh (tại quầy, mã QR)', 'COUNTER_SHORT', 'Số sao chung và 4 tiêu chí; hỏi lý do khi chấm từ 3 sao trở xuống.');
INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "version", "status", "effectiveFrom", "basis", "asksOverall", "reasons") VALUES ('qv-counter-short-1', 'qn-counter-short', 1, 'ACTIVE', DATE '2025-07-01', 'Do tỉnh ban hành để đánh giá nhanh tại quầy và qua mã QR trên giấy tiếp nhận', true, ARRAY['Phải chờ lâu', 'Hướng dẫn chưa rõ, phải đi lại nhiều lần', 'Thái độ chưa đúng mực', 'Trả kết quả trễ hẹn', 'Thu thêm giấy tờ hoặc phí ngoài quy định']::TEXT[]);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-counter-short-1-F2', 'qv-counter-short-1', 'F2', 'Thủ tục hành chính', 1);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-counter-short-1-F3', 'qv-counter-short-1', 'F3', 'Công chức trực tiếp giải quyết công việc', 2);
INSERT INTO "QuestionnaireFactor" ("id", "versionId", "code", "name", "order") VALUES ('qv-counter-short-1-F4', 'qv-counter-short-1', 'F4', 'Kết quả giải quyết thủ tục hành chính', 3);
INSERT INTO "QuestionnaireCriterion" ("id", "versionId", "factorId", "code", "text", "order") VALUES
  ('qv-counter-short-1-c2.1', 'qv-counter-short-1', 'qv-counter-short-1-F2', '2.1', 'Giấy tờ và phí, lệ phí đúng như được niêm yết', 1),
  ('qv-counter-short-1-c3.1', 'qv-counter-short-1', 'qv-counter-short-1-F3', '3.1', 'Công chức lịch sự, tôn trọng', 2),
  ('qv-counter-short-1-c3.2', 'qv-counter-short-1', 'qv-counter-short-1-F3', '3.2', 'Hướng dẫn rõ ràng, làm xong trong một lần', 3),
  ('qv-counter-short-1-c4.1', 'qv-counter-short-1', 'qv-counter-short-1-F4', '4.1', 'Nhận kết quả đúng hẹn, đầy đủ, chính xác', 4);

