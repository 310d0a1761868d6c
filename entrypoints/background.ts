export default defineBackground(() => {
  // Nothing yet: the toolbar badge and the popup protocol arrive with the in-page UI.
});
