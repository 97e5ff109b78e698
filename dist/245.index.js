export const id=245
export const ids=[245]
export const modules={5016:(e,t,n)=>{n.d(t,{C0:()=>s,M7:()=>r,uS:()=>i,vz:()=>o})
var a=n(6077)
async function i(e,t,a){const{DescribeServicesCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),s=await e.send(new i({cluster:t.cluster,services:[t.service]}),{abortSignal:a}),o=s.services?.[0]
return{found:o,missing:o?"":s.failures?.[0]?.reason??"MISSING",$metadata:s.$metadata}}async function s(e,t,a){const{ListServiceDeploymentsCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19))
return e.send(new i(t),{abortSignal:a})}async function o(e,t,a){const{DescribeServiceRevisionsCommand:i}=await Promise.all([n.e(279),n.e(861),n.e(212)]).then(n.t.bind(n,212,19)),s=await e.send(new i({serviceRevisionArns:[t]}),{abortSignal:a})
return{taskDefinition:s.serviceRevisions?.[0]?.taskDefinition,$metadata:s.$metadata}}async function r(e,t,n){try{const i=await(0,a.bK)(e,{...t,input:n})
return{arn:i.arn,definition:i.definition}}catch(e){if((0,a.sO)(e))return
throw e}}},6365:(e,t,n)=>{n.d(t,{GJ:()=>d,GU:()=>h,U$:()=>f,UU:()=>v,Yj:()=>c,ZW:()=>u,hz:()=>w,l9:()=>M,qC:()=>g,yc:()=>a})
const a=4e3,i=2e4,s=3e4,o=5e3,r=1e4,c=500,l=2e3
function h(e,t){if(0===t.length)return
const{clock:n,lastReadAt:a}=e
if(!n)return
const{intervalMs:i,healthyThreshold:s,unhealthyThreshold:o}=n,r=(a??-1/0)+(e.healthy?(o-1)*i:0)
let l=1/0
for(const e of t){const t=Math.min(s,o),n=Math.max(t,Math.floor((r-e)/i)+1)
l=Math.min(l,e+n*i)}return l+c}function d(e,t,n,a=!1){if(0===t.length)return!1
if(!e.clock||a&&!e.healthy)return!0
const i=h(e,t)
return void 0!==i&&n>=i}function u(e){const t=Math.min(e.stoppedTaskThreshold,e.circuitBreakerThreshold??1/0),n=Math.max(1,t-e.failedTasks)
return e.liveTasks>0?Math.ceil(n/e.liveTasks):2}const m=1e3
function M(e){return Math.max(3,Math.min(200,Math.ceil(e/2)))}function f(e){const{stage:t,stageStartedAt:n,bakeMs:a,drainMs:i}=e
if(void 0!==i)return"BAKE_TIME"===t?n+a+i:"CLEAN_UP"===t?n+i:void 0}function v(e){const{now:t,changedAt:n,completionAt:h,targetReadAt:d}=e,u=(M=e.failureWaves)<=1?a:Math.min(s,(M-1)*i-m)
var M
const f=void 0===h?void 0:h+c
let v=u
if(void 0!==f&&t>=f)v=Math.min(v,Math.max(l,t-f))
else{const e=Math.min(f??1/0,d??1/0)
if(e===1/0)v=Math.min(v,Math.min(r,Math.max(o,t-n)))
else{const n=Math.max(0,e-t)
v=n/Math.max(1,Math.ceil(n/v))}}return void 0!==d&&(v=Math.min(v,Math.max(0,d-t))),v=Math.min(v,Math.max(o,t-e.startedAt)),Math.max(100,Math.round(v))}const w={ecsCallsPerMinute:36,maxDelayMs:3e4}
function g(e,t=w){const{elapsedMs:n,backoffLevel:a,now:i,ecsCallTimes:s}=e,o=e.baseMs??(n<18e4?2e3:n<6e5?3e3:n<12e5?5e3:1e4)
let r=Math.min(o*2**Math.max(0,a),t.maxDelayMs)
const c=s.filter(e=>e>i-6e4).sort((e,t)=>e-t),l=c.length+1-t.ecsCallsPerMinute
return l>0&&(r=Math.max(r,c[l-1]+6e4-i+1)),r}},3398:(e,t,n)=>{n.d(t,{dQ:()=>r,g3:()=>l,wW:()=>c})
var a=n(8293),i=n(7268),s=n(8500),o=n(6365)
const r={now:()=>Date.now(),sleep:(e,t)=>(0,s.setTimeout)(e,void 0,{signal:t})},c=10
async function l(e){const t=e.clock??r,n={...o.hz,...e.pacing},s=t.now(),l=s+e.timeoutMs,h=[]
let d,u=0,m=0
const M=e=>({outcome:e,value:d,elapsedMs:t.now()-s})
for(;;){if(e.signal?.aborted)return M("cancelled")
try{const{value:n,calls:a}=await e.read()
for(let e=0;e<a;e++)h.push(t.now())
if(d=n,u=0,m=Math.max(0,m-1),e.done(n))return{outcome:"done",value:n,elapsedMs:t.now()-s}}catch(t){if(e.signal?.aborted)return M("cancelled")
if(t instanceof i.lZ)throw t
if(!(0,a.Sc)(t)||++u>=c)throw(0,a.es)(t,e.doing)
m++}const r=t.now()
if(r>=l)return M("timeout")
const f=Math.min((0,o.qC)({elapsedMs:r-s,backoffLevel:m,now:r,ecsCallTimes:h},n),l-r)
try{await t.sleep(f,e.signal)}catch(t){if(e.signal?.aborted)return M("cancelled")
throw t}}}}}

