export const id=388
export const ids=[388]
export const modules={8388:(t,e,n)=>{function o(t){return`${t.id} (revision ${s(t.taskDefinition)})`}function s(t){return t?t.split("/").pop()??t:"unknown"}function r(t){return t.filter(t=>("STOPPED"===t.desiredStatus||"STOPPED"===t.lastStatus)&&("UserInitiated"!==t.stopCode&&"SpotInterruption"!==t.stopCode&&"TerminationNotice"!==t.stopCode&&!/^Scaling activity initiated by/i.test(t.stoppedReason??"")))}function a(t,e={}){const n=t.taskArn?.split("/").pop()??"unknown",o=e[n]?`; last target health: ${e[n]}`:"",r=(t.containers??[]).filter(t=>void 0!==t.exitCode||t.reason).map(t=>{const e=void 0!==t.exitCode?`exit code ${t.exitCode}`:"no exit code"
return`container ${t.name}: ${e}${t.reason?` (${t.reason})`:""}`}),a=t.stoppedReason??"no stopped reason",i=t.stopCode?` [${t.stopCode}]`:""
return`task ${n} (${s(t.taskDefinitionArn)}) stopped${i}: ${a}${r.length?`; ${r.join("; ")}`:""}${o}`}function i(t,e){return e&&t.endsWith(".")?t.slice(0,-1)+e:t+e}function d(t,e){const n=[...t].sort((t,e)=>$(e.stoppingAt??e.stoppedAt)-$(t.stoppingAt??t.stoppedAt))[0]
if(!n)return""
const o=(n.containers??[]).find(t=>void 0!==t.exitCode&&0!==t.exitCode)??(n.containers??[]).find(t=>t.reason),s=o?` (container ${o.name}${void 0!==o.exitCode?` exit code ${o.exitCode}`:""}${o.reason&&o.reason!==n.stoppedReason?`: ${o.reason}`:""})`:"",r=e[n.taskArn?.split("/").pop()??""]
return`. Last stopped task: ${n.stoppedReason??"no stopped reason"}${s}${r?`; its target was ${r}`:""}`}function p(t){const e={}
for(const n of l(t.service.events??[])){const t=/\(task ([0-9a-f]+)\).*is unhealthy in \(target-group [^)]*?targetgroup\/([^/)]+)[^)]*\)(?: due to \(reason (.*)\))?/i.exec(n.message??"")
t&&(e[t[1]]=`unhealthy in ${t[2]}${t[3]?` (${t[3]})`:""}`)}return e}function l(t){return[...t].reverse().sort((t,e)=>$(t.createdAt)-$(e.createdAt))}function u(t){const e=new Set
for(const n of t.attachments??[])for(const t of n.details??[])"privateIPv4Address"===t.name&&t.value&&e.add(t.value)
for(const n of t.containers??[])for(const t of n.networkInterfaces??[])t.privateIpv4Address&&e.add(t.privateIpv4Address)
return[...e]}function c(t){return t.split(":").pop()?.split("/")[1]??t}function h(t,e){const n=t.tasks.filter(t=>"RUNNING"===t.lastStatus&&"RUNNING"===t.desiredStatus),o=1e3*(t.service.healthCheckGracePeriodSeconds??0),s={allHealthy:!0,healthy:0,total:0,notHealthy:[],unhealthyPastGrace:[],problemsByTask:{}}
if(0===t.targetGroupArns.length)return s;(t.tasksUnknown?e.runningCount??0:n.length)<(e.desiredCount??0)&&(s.allHealthy=!1)
for(const e of t.targetGroupArns){const r=t.alternateTargetGroups?.[e],a=[e,...r?[r]:[]].flatMap(e=>(t.targets[e]??[]).map(t=>({d:t,group:e})))
if(!(t.targets[e]||r&&t.targets[r])){s.allHealthy=!1
continue}const i=a.map(t=>t.d),d=t=>c(a.find(e=>e.d===t)?.group??e),p=r?`${c(e)} or ${c(r)}`:c(e),l=!t.tasksUnknown&&n.every(t=>u(t).length>0)
for(const e of l?n:[void 0]){const n=e?u(e):[],r=i.filter(t=>e?n.includes(t.Target?.Id??""):"draining"!==t.TargetHealth?.State)
if(e&&0===r.length)s.allHealthy=!1,s.total++,s.notHealthy.push(`task ${e.taskArn?.split("/").pop()} has no target in ${p} yet`)
else for(const n of r){s.total++
const r=n.TargetHealth?.State??"unknown"
if("healthy"===r){s.healthy++
continue}s.allHealthy=!1
const a=[n.TargetHealth?.Reason,n.TargetHealth?.Description].filter(Boolean).join(": "),i=`target ${n.Target?.Id}:${n.Target?.Port} in ${d(n)}: ${r}${a?` (${a})`:""}`
s.notHealthy.push(i)
const p=e?.taskArn?.split("/").pop()
p&&"unhealthy"===r&&(s.problemsByTask[p]=`unhealthy in ${d(n)}${a?` (${a})`:""}`)
const l=e?.startedAt?$(e.startedAt):void 0
"unhealthy"===r&&void 0!==l&&t.now-l>=o&&s.unhealthyPastGrace.push(i)}}}return s}function f(t,e){if(!e)return`deployment ${t.service.deployments?.[0]?.id??"unknown"} not found`
const n=[`desired ${e.desiredCount??0}`,`pending ${e.pendingCount??0}`,`running ${e.runningCount??0}`]
if(e.failedTasks&&n.push(`failed ${e.failedTasks}`),t.targetGroupArns.length>0&&(e.runningCount??0)>0){const o=h(t,e),s=t.targetGroupArns.some(e=>t.targets[e])
n.push(s?`targets ${o.healthy}/${o.total} healthy`:"targets in initial health checks")}n.push(`rollout ${e.rolloutState??"n/a"}`),"PRIMARY"!==e.status&&n.push(`deployment now ${e.status??"unknown"}`)
const o=(t.service.deployments??[]).filter(t=>t.id!==e.id).length
return o&&n.push(`${o} other deployment${o>1?"s":""}`),n.join(" \xb7 ")}function $(t){return void 0===t?0:t instanceof Date?t.getTime():"number"==typeof t?t:Date.parse(t)}function g(t){return(t??[]).filter(t=>"COMPLETED"===t.rolloutState&&t.taskDefinition).sort((t,e)=>$(e.createdAt)-$(t.createdAt))[0]?.taskDefinition}n.d(e,{Bs:()=>f,EY:()=>p,Jo:()=>r,WQ:()=>d,fJ:()=>h,kB:()=>$,nw:()=>l,pC:()=>o,pd:()=>s,pv:()=>g,us:()=>a,wD:()=>i})}}

