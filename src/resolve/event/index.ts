export { clusterEvents, type EventMention } from './event-clusters.js';
export { eventWord, sameEventWord } from './event-word.js';
export { STORY_LINK, type StoryDocument, storyGroups } from './story-groups.js';
export { storyKeys } from './story-keys.js';
