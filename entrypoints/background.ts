export default defineBackground(() => {
  // The background owns the database and sync; they are wired in by their own modules.
});
