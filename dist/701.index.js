export const id=701
export const ids=[701]
export const modules={90:(e,t,r)=>{r.d(t,{H8:()=>x,Qh:()=>b,t2:()=>w,vr:()=>g})
var n=r(9896),i=r(6928),o=function(e,t,r,n){return new(r||(r=Promise))(function(i,o){function c(e){try{f(n.next(e))}catch(e){o(e)}}function s(e){try{f(n.throw(e))}catch(e){o(e)}}function f(e){var t
e.done?i(e.value):(t=e.value,t instanceof r?t:new r(function(e){e(t)})).then(c,s)}f((n=n.apply(e,t||[])).next())})}
const{chmod:c,copyFile:s,lstat:f,mkdir:a,open:l,readdir:u,rename:d,rm:p,rmdir:h,stat:v,symlink:m,unlink:y}=n.promises,x="win32"===process.platform
n.constants.O_RDONLY
function w(e){return o(this,void 0,void 0,function*(){try{yield v(e)}catch(e){if("ENOENT"===e.code)return!1
throw e}return!0})}function b(e){if(!(e=function(e){if(e=e||"",x)return(e=e.replace(/\//g,"\\")).replace(/\\\\+/g,"\\")
return e.replace(/\/\/+/g,"/")}(e)))throw new Error('isRooted() parameter "p" cannot be empty')
return x?e.startsWith("\\")||/^[A-Z]:/i.test(e):e.startsWith("/")}function g(e,t){return o(this,void 0,void 0,function*(){let r
try{r=yield v(e)}catch(t){"ENOENT"!==t.code&&console.log(`Unexpected error attempting to determine if executable file exists '${e}': ${t}`)}if(r&&r.isFile())if(x){const r=i.extname(e).toUpperCase()
if(t.some(e=>e.toUpperCase()===r))return e}else if(E(r))return e
const n=e
for(const o of t){e=n+o,r=void 0
try{r=yield v(e)}catch(t){"ENOENT"!==t.code&&console.log(`Unexpected error attempting to determine if executable file exists '${e}': ${t}`)}if(r&&r.isFile()){if(x){try{const t=i.dirname(e),r=i.basename(e).toUpperCase()
for(const n of yield u(t))if(r===n.toUpperCase()){e=i.join(t,n)
break}}catch(t){console.log(`Unexpected error attempting to determine the actual case of the file '${e}': ${t}`)}return e}if(E(r))return e}}return""})}function E(e){return(1&e.mode)>0||(8&e.mode)>0&&void 0!==process.getgid&&e.gid===process.getgid()||(64&e.mode)>0&&void 0!==process.getuid&&e.uid===process.getuid()}},8701:(e,t,r)=>{r.d(t,{which:()=>c})
r(2613)
var n=r(6928),i=r(90),o=function(e,t,r,n){return new(r||(r=Promise))(function(i,o){function c(e){try{f(n.next(e))}catch(e){o(e)}}function s(e){try{f(n.throw(e))}catch(e){o(e)}}function f(e){var t
e.done?i(e.value):(t=e.value,t instanceof r?t:new r(function(e){e(t)})).then(c,s)}f((n=n.apply(e,t||[])).next())})}
function c(e,t){return o(this,void 0,void 0,function*(){if(!e)throw new Error("parameter 'tool' is required")
if(t){const t=yield c(e,!1)
if(!t)throw i.H8?new Error(`Unable to locate executable file: ${e}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`):new Error(`Unable to locate executable file: ${e}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`)
return t}const r=yield function(e){return o(this,void 0,void 0,function*(){if(!e)throw new Error("parameter 'tool' is required")
const t=[]
if(i.H8&&process.env.PATHEXT)for(const e of process.env.PATHEXT.split(n.delimiter))e&&t.push(e)
if(i.Qh(e)){const r=yield i.vr(e,t)
return r?[r]:[]}if(e.includes(n.sep))return[]
const r=[]
if(process.env.PATH)for(const e of process.env.PATH.split(n.delimiter))e&&r.push(e)
const o=[]
for(const c of r){const r=yield i.vr(n.join(c,e),t)
r&&o.push(r)}return o})}(e)
return r&&r.length>0?r[0]:""})}}}

