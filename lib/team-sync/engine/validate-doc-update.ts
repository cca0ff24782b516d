/**
 * The team database's `validate_doc_update` function (installed by `npm run sync:setup` in
 * `_design/sapa`). CouchDB runs it on the server for every write, so a broken client or a
 * typo in Fauxton cannot put a malformed document in front of the whole team.
 *
 * It is plain ES5 source in a string: CouchDB 3's JavaScript engine runs it, and a bundler
 * must not rewrite it. It checks the shape and the basic field types; members still validate
 * everything they receive (lib/team-sync/engine/validate.ts), which is the stricter check.
 * Deletions are always allowed (a conflict's losing versions are deleted), and design
 * documents are left to CouchDB (only admins may write them).
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  if (newDoc._deleted === true) return;
  if (newDoc._id.indexOf('_design/') === 0) return;
  function fail(message) { throw({ forbidden: message }); }
  function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
  function text(v, max, required) {
    return typeof v === 'string' && v.length <= max && (!required || v.replace(/\\s/g, '').length > 0);
  }
  function optionalText(r, field, max) {
    if (r[field] !== undefined && !text(r[field], max, false)) fail(field + ' must be text of at most ' + max + ' characters');
  }
  function optionalObject(r, field) {
    if (r[field] !== undefined && !isObject(r[field])) fail(field + ' must be an object');
  }
  function textList(r, field, maxItems, required) {
    var list = r[field];
    if (list === undefined && !required) return;
    if (!Array.isArray(list) || list.length > maxItems) fail(field + ' must be a list of at most ' + maxItems + ' items');
    for (var i = 0; i < list.length; i++) if (!text(list[i], 200, true)) fail(field + ' must hold only text');
  }
  var tables = { templates: 1, hashtagSets: 1, hashtags: 1, brandKit: 1, checklistSettings: 1, plannedPosts: 1, teamMembers: 1, teamSettings: 1, postLog: 1 };
  if (typeof newDoc.sapa !== 'number' || newDoc.sapa < 1 || Math.floor(newDoc.sapa) !== newDoc.sapa) fail('sapa must be the document format version (1)');
  if (typeof newDoc.table !== 'string' || !tables.hasOwnProperty(newDoc.table)) fail('table must be one of templates, hashtagSets, hashtags, brandKit, checklistSettings, plannedPosts, teamMembers, teamSettings, postLog');
  var r = newDoc.record;
  if (!isObject(r)) fail('record must be an object');
  if (!text(r.id, 200, true)) fail('record.id must be non-empty text');
  if (newDoc._id !== newDoc.table + ':' + r.id) fail('_id must be table:record.id');
  if (typeof r.updatedAt !== 'number' || r.updatedAt < 0 || Math.floor(r.updatedAt) !== r.updatedAt) fail('record.updatedAt must be a time in milliseconds');
  if (!text(r.updatedBy, 200, true)) fail('record.updatedBy must be non-empty text');
  if (typeof r.deleted !== 'boolean') fail('record.deleted must be true or false');
  if (r.source !== undefined || r.id.indexOf('sub:') === 0) fail('items from a subscribed library are not shared');
  switch (newDoc.table) {
    case 'templates':
      if (!text(r.name, 200, true)) fail('record.name must be non-empty text (at most 200 characters)');
      if (!text(r.body, 20000, false)) fail('record.body must be text (at most 20000 characters)');
      if (r.locale !== 'id' && r.locale !== 'en') fail('record.locale must be "id" or "en"');
      optionalText(r, 'category', 60);
      optionalObject(r, 'variants');
      if (r.variables !== undefined && !Array.isArray(r.variables)) fail('record.variables must be a list');
      optionalText(r, 'shortcut', 40);
      break;
    case 'hashtagSets':
      if (!text(r.name, 200, true)) fail('record.name must be non-empty text (at most 200 characters)');
      textList(r, 'tags', 60, true);
      optionalText(r, 'shortcut', 40);
      break;
    case 'hashtags':
      if (!text(r.tag, 100, true)) fail('record.tag must be non-empty text');
      break;
    case 'brandKit':
      if (r.id !== 'brand') fail('the brand kit id must be "brand"');
      optionalText(r, 'libraryName', 200);
      optionalText(r, 'tagline', 500);
      optionalText(r, 'website', 2000);
      optionalText(r, 'linkInBio', 2000);
      optionalText(r, 'signOff', 500);
      if (r.timeZone !== undefined && ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].indexOf(r.timeZone) < 0) fail('record.timeZone must be Asia/Jakarta, Asia/Makassar or Asia/Jayapura');
      optionalText(r, 'phone', 200);
      optionalText(r, 'whatsApp', 200);
      optionalText(r, 'email', 320);
      optionalObject(r, 'handles');
      textList(r, 'signatureHashtags', 30, false);
      break;
    case 'checklistSettings':
      if (r.id !== 'team') fail('the checklist settings id must be "team"');
      if (!isObject(r.rules)) fail('record.rules must be an object');
      if (!isObject(r.sensitiveWords)) fail('record.sensitiveWords must be an object');
      if (!Array.isArray(r.bannedHashtags)) fail('record.bannedHashtags must be a list');
      optionalObject(r, 'hashtagRanges');
      break;
    case 'plannedPosts':
      if (!text(r.title, 200, true)) fail('record.title must be non-empty text (at most 200 characters)');
      textList(r, 'platforms', 20, true);
      if (typeof r.date !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}$/.test(r.date)) fail('record.date must be a day (YYYY-MM-DD)');
      if (typeof r.time !== 'string' || !/^\\d{2}:\\d{2}$/.test(r.time)) fail('record.time must be a time (HH:mm)');
      if (['idea', 'draft', 'in-review', 'approved', 'posted', 'skipped'].indexOf(r.status) < 0) fail('record.status must be idea, draft, in-review, approved, posted or skipped');
      optionalText(r, 'caption', 20000);
      optionalText(r, 'notes', 5000);
      optionalText(r, 'assignee', 200);
      optionalText(r, 'reviewer', 200);
      if (r.comments !== undefined && !Array.isArray(r.comments)) fail('record.comments must be a list');
      optionalObject(r, 'recurrence');
      break;
    case 'teamMembers':
      if (!text(r.displayName, 100, true)) fail('record.displayName must be non-empty text (at most 100 characters)');
      if (['coordinator', 'writer', 'designer', 'reviewer'].indexOf(r.role) < 0) fail('record.role must be coordinator, writer, designer or reviewer');
      break;
    case 'teamSettings':
      if (r.id !== 'team') fail('record.id must be team');
      if (typeof r.sharePostLog !== 'boolean') fail('record.sharePostLog must be true or false');
      break;
    case 'postLog':
      if (typeof r.at !== 'number' || r.at < 0 || Math.floor(r.at) !== r.at) fail('record.at must be a time in milliseconds');
      if (!text(r.platform, 40, true)) fail('record.platform must be non-empty text');
      if (!text(r.text, 100000, false)) fail('record.text must be text (at most 100000 characters)');
      if (!text(r.postedBy, 200, true)) fail('record.postedBy must be non-empty text');
      optionalText(r, 'category', 100);
      optionalText(r, 'url', 2000);
      optionalObject(r, 'metrics');
      if (r.checks !== undefined && !Array.isArray(r.checks)) fail('record.checks must be a list');
      optionalObject(r, 'override');
      break;
  }
}`;
