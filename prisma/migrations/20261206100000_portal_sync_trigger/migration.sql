-- The national-portal outbox is filled by the database itself: every DossierEvent that is a portal progress step
-- enqueues, in the same transaction as the change, a PROGRESS message, and a DOSSIER message when the dossier object
-- changed (a status change, a moved appointment, or the dossier's first step). Whatever code writes the history
-- (desk, online channel, postal worker, a future module, a bulk load), nothing can be missed (docs/national-portal.md).
-- The payloads are built by the worker when it sends (src/server/national-portal), from the event and the dossier.

-- The two lists are data, kept equal to src/domain/national-portal/sync-rules.ts (an integration test compares them).
CREATE FUNCTION motcua_portal_progress_event_types() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    'register',
    'receive',
    'refuse',
    'transfer',
    'assign',
    'forward',
    'request_supplement',
    'request_intake_supplement',
    'record_supplement',
    'request_financial',
    'record_financial',
    'start_verification',
    'end_verification',
    'submit_for_approval',
    'approve',
    'send_back',
    'withdraw',
    'stop',
    'return_result',
    'approve_apology',
    'postal_handed_over',
    'postal_delivered'
  ]::text[]
$$;

CREATE FUNCTION motcua_portal_dossier_update_event_types() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['approve_apology']::text[]
$$;

-- One statement-level trigger (set-based: a bulk insert of events costs two INSERT … SELECT, not two per row). A bulk
-- load that must not be pushed (e.g. a seeded history already on the portal) runs with
-- SET LOCAL motcua.portal_sync = 'off'.
CREATE FUNCTION motcua_enqueue_portal_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('motcua.portal_sync', true) = 'off' THEN
    RETURN NULL;
  END IF;
  -- One DOSSIER message per dossier and statement (its latest qualifying event): the worker sends the dossier as it
  -- is when it sends, so a bulk insert of a dossier's whole history needs one, not one per event.
  INSERT INTO "PortalSyncMessage" ("kind", "dossierId", "eventId", "createdAt", "nextAttemptAt")
  SELECT DISTINCT ON (e."dossierId") 'DOSSIER'::"PortalSyncKind", e."dossierId", e.id, e.at, now()
  FROM inserted e
  WHERE e.type = ANY (motcua_portal_progress_event_types())
    AND (e."toStatus" IS DISTINCT FROM e."fromStatus"
      OR e.type = ANY (motcua_portal_dossier_update_event_types())
      OR NOT EXISTS (
        SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = e."dossierId" AND m.kind = 'DOSSIER'
      ))
  ORDER BY e."dossierId", e.id DESC;
  INSERT INTO "PortalSyncMessage" ("kind", "dossierId", "eventId", "createdAt", "nextAttemptAt")
  SELECT 'PROGRESS', e."dossierId", e.id, e.at, now()
  FROM inserted e
  WHERE e.type = ANY (motcua_portal_progress_event_types())
  ORDER BY e.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "DossierEvent_portal_sync" AFTER INSERT ON "DossierEvent"
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION motcua_enqueue_portal_sync();
