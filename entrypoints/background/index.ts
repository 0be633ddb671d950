export default defineBackground(() => {
  // Filled in by the live-coaching work: rule-set store and messaging.
});
