// The one bundle entry (dist/index.js): each action's loader, dist/<action>/index.js, calls
// start('<action>'). Each action is a dynamic import, so the bundler gives it (and each AWS client
// it imports lazily) chunks of its own, written once into dist/ and shared by every action.
const ACTIONS = {
  'ecr-public-login': () => import('../registry/action.js'),
  'build-push': () => import('../image/action.js'),
  'render-task-def': () => import('../task-definition/action.js'),
  'ecs-deploy': () => import('../deploy/action.js'),
  'wait-healthy': () => import('../health/action.js'),
  pipeline: () => import('../pipeline/action.js'),
};

export async function start(name: keyof typeof ACTIONS): Promise<void> {
  const { run } = await ACTIONS[name]();
  await run();
}
