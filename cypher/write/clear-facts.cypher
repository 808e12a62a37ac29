// A document owns its agreements and sentences; DETACH takes MENTIONS, STATED_IN, PARTY_TO and
// HAS_SENTENCE with them.
CALL () {
  MATCH (a:Agreement {docId: $docId})
  DETACH DELETE a
}
CALL () {
  MATCH (s:Sentence {docId: $docId})
  DETACH DELETE s
}
