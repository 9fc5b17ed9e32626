/** One value per build, for URLs that must change whenever the site (and its search index) is rebuilt. */
export const BUILD_TAG = Date.now().toString(36);
