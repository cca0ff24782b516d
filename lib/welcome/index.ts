/** The first-run welcome (issue: a librarian installs it): questions, answers, where they go. */
export * from './welcome';
export { finishWelcome, skipWelcome, type WelcomeTargets } from './apply';
export { openWelcomeOnInstall, WELCOME_SECTION } from './install';
